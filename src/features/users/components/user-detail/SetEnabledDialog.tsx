import { ConfirmDialog } from '@/components/ConfirmDialog';
import { toastStore } from '@/components/toast/toast-store';
import { useSetUserEnabled } from '@/api/users/set-user-enabled';
import type { DialogProps } from './dialog-props';

/** Enable or disable, whichever the user is not now. */
export function SetEnabledDialog({
  user,
  open,
  onOpenChange,
  enable,
}: DialogProps & { enable: boolean }) {
  const mutation = useSetUserEnabled(user, {
    onSuccess: () => {
      toastStore.show(`${user.username} ${enable ? 'enabled' : 'disabled'}.`, 'success');
      onOpenChange(false);
    },
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={mutation}
      title={enable ? `Enable ${user.username}?` : `Disable ${user.username}?`}
      confirmLabel={enable ? 'Enable user' : 'Disable user'}
      destructive={!enable}
      onConfirm={() => mutation.mutate(enable)}
    >
      {enable ? (
        <p>The user can sign in again with their current password.</p>
      ) : (
        <p>
          The user can no longer sign in or refresh their tokens. Their data, groups and devices are
          kept, and you can enable the account again at any time. Access tokens already issued stay
          valid until they expire (up to an hour).
        </p>
      )}
    </ConfirmDialog>
  );
}
