import { Alert } from '@/components/Alert';
import { TypedConfirmDialog } from '@/components/TypedConfirmDialog';
import { useDeleteUserPool } from '@/api/pools/delete-user-pool';
import type { UserPool } from '@/api/pools/describe-user-pool';

interface DeletePoolDialogProps {
  pool: UserPool;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}

export function DeletePoolDialog({ pool, open, onOpenChange, onDeleted }: DeletePoolDialogProps) {
  const deletion = useDeleteUserPool({ onSuccess: onDeleted });
  const name = pool.Name ?? pool.Id ?? '';
  const protectedPool = pool.DeletionProtection === 'ACTIVE';
  return (
    <TypedConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={deletion}
      title={`Delete user pool ${name}?`}
      expected={name}
      confirmLabel="Delete"
      onConfirm={() => pool.Id && deletion.mutate(pool.Id)}
    >
      <p>
        This permanently deletes <strong>{name}</strong> ({pool.Id}) with all its users, groups and
        app clients. It cannot be undone.
      </p>
      {protectedPool && (
        <Alert tone="warning" title="Deletion protection is active">
          AWS refuses to delete this pool until deletion protection is turned off.
        </Alert>
      )}
    </TypedConfirmDialog>
  );
}
