import { OperatorLockoutWarning } from '@/components/OperatorLockoutWarning';
import { TypedConfirmDialog } from '@/components/TypedConfirmDialog';
import { useDeleteUser } from '@/api/users/delete-user';
import type { DialogProps } from './dialog-props';

export function DeleteUserDialog({
  user,
  name,
  standing,
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
      title={`Delete user ${name}?`}
      expected={name}
      confirmLabel="Delete user"
      onConfirm={() => deletion.mutate()}
    >
      <OperatorLockoutWarning name={name} standing={standing} action="Deleting this account" />
      <p>
        This permanently deletes <strong>{name}</strong> with their attributes, group memberships,
        devices and linked identities. It cannot be undone.
      </p>
    </TypedConfirmDialog>
  );
}
