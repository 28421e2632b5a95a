import { useState } from 'react';
import { useCanCall } from '@/session/session-hooks';
import { Button } from '@/components/Button';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DescriptionList } from '@/components/DescriptionList';
import { Section } from '@/components/Section';
import { toastStore } from '@/components/toast/toast-store';
import { formatList } from '@/lib/format';
import type { UserDetail } from '@/api/users/get-user';
import { useSetUserSmsMfaOption } from '@/api/users/set-user-mfa-settings';
import type { UserRef } from '@/api/users/user-keys';
import { userPermissions } from '../../routes';

const methodLabels: Record<string, string> = {
  SMS_MFA: 'SMS',
  SOFTWARE_TOKEN_MFA: 'Authenticator app (TOTP)',
  EMAIL_OTP: 'Email',
};
const label = (method: string) => methodLabels[method] ?? method;

export function MfaSection({ user, detail }: { user: UserRef; detail: UserDetail }) {
  const canSet = useCanCall(userPermissions.setMfa);
  const [open, setOpen] = useState(false);
  const smsOn = detail.mfaOptions.some(
    (o) => o.deliveryMedium === 'SMS' && o.attributeName === 'phone_number',
  );
  const hasPhone = Boolean(detail.attributes.phone_number);
  const mutation = useSetUserSmsMfaOption(user, {
    onSuccess: () => {
      toastStore.show(`SMS MFA option turned ${smsOn ? 'off' : 'on'}.`, 'success');
      setOpen(false);
    },
  });
  return (
    <Section
      title="Multi-factor authentication"
      actions={
        canSet && (smsOn || hasPhone) ? (
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {smsOn ? 'Turn off SMS MFA option' : 'Turn on SMS MFA option'}
          </Button>
        ) : undefined
      }
    >
      <DescriptionList
        items={[
          {
            term: 'MFA methods set up',
            value: formatList(detail.mfaMethods.map(label)) || 'None',
          },
          {
            term: 'Preferred method',
            value: detail.preferredMfa ? label(detail.preferredMfa) : '',
          },
          {
            term: 'SMS option (legacy MFAOptions)',
            value: smsOn ? 'SMS to phone_number' : 'Off',
          },
        ]}
      />
      {canSet && !smsOn && !hasPhone && (
        <p className="mt-3 text-sm text-slate-600">
          The SMS option needs a phone_number attribute. Add one under Attributes first.
        </p>
      )}
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        mutation={mutation}
        title={smsOn ? 'Turn off the SMS MFA option?' : 'Turn on the SMS MFA option?'}
        confirmLabel={smsOn ? 'Turn off' : 'Turn on'}
        destructive={smsOn}
        onConfirm={() => mutation.mutate(!smsOn)}
      >
        <p>
          AdminSetUserSettings can only set one MFA option: codes by SMS to the user&apos;s
          phone_number ({detail.attributes.phone_number || 'none'}). It takes effect when MFA is
          optional or required in the pool and the pool can send SMS. Authenticator apps and
          preferences are set by the user.
        </p>
      </ConfirmDialog>
    </Section>
  );
}
