import { OperatorLockoutWarning } from '@/components/OperatorLockoutWarning';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { toastStore } from '@/components/toast/toast-store';
import { useGlobalSignOut } from '@/api/users/global-sign-out';
import type { DialogProps } from './dialog-props';

export function GlobalSignOutDialog({ user, name, standing, open, onOpenChange }: DialogProps) {
  const signOut = useGlobalSignOut(user, {
    onSuccess: () => {
      toastStore.show(`${name} signed out everywhere.`, 'success');
      onOpenChange(false);
    },
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={signOut}
      title={`Sign ${name} out everywhere?`}
      confirmLabel="Sign out everywhere"
      onConfirm={() => signOut.mutate()}
    >
      <OperatorLockoutWarning name={name} standing={standing} action="Signing this account out" />
      <p>
        Every refresh token of this user is revoked, so each app and device they use must sign in
        again once its current access token expires (up to an hour). The account itself is not
        changed.
      </p>
    </ConfirmDialog>
  );
}
