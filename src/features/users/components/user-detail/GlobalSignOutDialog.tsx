import { ConfirmDialog } from '@/components/ConfirmDialog';
import { toastStore } from '@/components/toast/toast-store';
import { useGlobalSignOut } from '@/api/users/global-sign-out';
import type { DialogProps } from './dialog-props';

export function GlobalSignOutDialog({ user, open, onOpenChange }: DialogProps) {
  const signOut = useGlobalSignOut(user, {
    onSuccess: () => {
      toastStore.show(`${user.username} signed out everywhere.`, 'success');
      onOpenChange(false);
    },
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={signOut}
      title={`Sign ${user.username} out everywhere?`}
      confirmLabel="Sign out everywhere"
      onConfirm={() => signOut.mutate()}
    >
      <p>
        Every refresh token of this user is revoked, so each app and device they use must sign in
        again once its current access token expires (up to an hour). The account itself is not
        changed.
      </p>
    </ConfirmDialog>
  );
}
