import { ConfirmDialog } from '@/components/ConfirmDialog';
import { toastStore } from '@/components/toast/toast-store';
import { useConfirmSignUp } from '@/api/users/confirm-sign-up';
import type { DialogProps } from './dialog-props';

export function ConfirmSignUpDialog({ user, name, open, onOpenChange }: DialogProps) {
  const confirm = useConfirmSignUp(user, {
    onSuccess: () => {
      toastStore.show(`${name} confirmed.`, 'success');
      onOpenChange(false);
    },
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={confirm}
      title={`Confirm the sign-up of ${name}?`}
      confirmLabel="Confirm sign-up"
      destructive={false}
      onConfirm={() => confirm.mutate()}
    >
      <p>
        The account becomes CONFIRMED without the user entering their confirmation code, and they
        can sign in with the password they chose. Their email or phone number stays unverified.
      </p>
    </ConfirmDialog>
  );
}
