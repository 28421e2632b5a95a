import { OperatorLockoutWarning } from '@/components/OperatorLockoutWarning';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { toastStore } from '@/components/toast/toast-store';
import { useResetUserPassword } from '@/api/users/reset-user-password';
import type { DialogProps } from './dialog-props';

export function ResetPasswordDialog({ user, name, standing, open, onOpenChange }: DialogProps) {
  const reset = useResetUserPassword(user, {
    onSuccess: () => {
      toastStore.show(`Password of ${name} reset.`, 'success');
      onOpenChange(false);
    },
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={reset}
      title={`Reset the password of ${name}?`}
      confirmLabel="Reset password"
      onConfirm={() => reset.mutate()}
    >
      <OperatorLockoutWarning
        name={name}
        standing={standing}
        action="Resetting the password of this account"
      />
      <p>
        The current password stops working and the status becomes RESET_REQUIRED. Cognito sends a
        reset code to the user&apos;s verified email or phone; they must use it to choose a new
        password before they can sign in.
      </p>
      <p>If the user has no verified email or phone number, they will not receive a code.</p>
    </ConfirmDialog>
  );
}
