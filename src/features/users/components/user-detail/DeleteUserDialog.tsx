import { TypedConfirmDialog } from '@/components/TypedConfirmDialog';
import { useDeleteUser } from '@/api/users/delete-user';
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
      onOpenChange={onOpenChange}
      mutation={deletion}
      title={`Delete user ${user.username}?`}
      expected={user.username}
      confirmLabel="Delete user"
      onConfirm={() => deletion.mutate()}
    >
      <p>
        This permanently deletes <strong>{user.username}</strong> with their attributes, group
        memberships, devices and linked identities. It cannot be undone.
      </p>
    </TypedConfirmDialog>
  );
}
