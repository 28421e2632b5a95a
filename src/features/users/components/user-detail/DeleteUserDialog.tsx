import { TypedConfirmDialog } from '@/components/TypedConfirmDialog';
import { useDeleteUser } from '../../api/delete-user';
import type { DialogProps } from './dialog-props';

export function DeleteUserDialog({
  user,
  open,
  onOpenChange,
  onDeleted,
}: DialogProps & { onDeleted: () => unknown }) {
  const deletion = useDeleteUser(user, { onSuccess: onDeleted });
  return (
    <TypedConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) deletion.reset();
        onOpenChange(next);
      }}
      title={`Delete user ${user.username}?`}
      expected={user.username}
      confirmLabel="Delete user"
      pending={deletion.isPending}
      error={deletion.isError ? deletion.error : undefined}
      onConfirm={() => deletion.mutate()}
    >
      <p>
        This permanently deletes <strong>{user.username}</strong> with their attributes, group
        memberships, devices and linked identities. It cannot be undone.
      </p>
    </TypedConfirmDialog>
  );
}
