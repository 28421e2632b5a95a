import { useState } from 'react';
import { Choice, Fieldset } from '@/components/Choice';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { toastStore } from '@/components/toast/toast-store';
import { useResendInvitation, type DeliveryMedium } from '@/api/users/resend-invitation';
import type { DialogProps } from './dialog-props';

interface ResendInvitationDialogProps extends DialogProps {
  hasEmail: boolean;
  hasPhone: boolean;
}

export function ResendInvitationDialog({
  user,
  name,
  open,
  onOpenChange,
  hasEmail,
  hasPhone,
}: ResendInvitationDialogProps) {
  const [email, setEmail] = useState(hasEmail);
  const [sms, setSms] = useState(!hasEmail && hasPhone);
  const resend = useResendInvitation(user, {
    onSuccess: () => {
      toastStore.show(`Invitation sent again to ${name}.`, 'success');
      onOpenChange(false);
    },
  });
  const mediums: DeliveryMedium[] = [
    ...(email ? ['EMAIL' as const] : []),
    ...(sms ? ['SMS' as const] : []),
  ];
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={resend}
      title={`Resend the invitation to ${name}?`}
      confirmLabel="Resend invitation"
      destructive={false}
      confirmDisabled={mediums.length === 0}
      onConfirm={() => resend.mutate(mediums)}
    >
      <p>
        Cognito generates a new temporary password and sends the invitation again; the previous
        temporary password stops working.
      </p>
      <Fieldset legend="Send by">
        <Choice
          label="Email"
          checked={email}
          disabled={!hasEmail}
          hint={hasEmail ? undefined : 'The user has no email address.'}
          onChange={(event) => setEmail(event.target.checked)}
        />
        <Choice
          label="SMS"
          checked={sms}
          disabled={!hasPhone}
          hint={hasPhone ? undefined : 'The user has no phone number.'}
          onChange={(event) => setSms(event.target.checked)}
        />
      </Fieldset>
    </ConfirmDialog>
  );
}
