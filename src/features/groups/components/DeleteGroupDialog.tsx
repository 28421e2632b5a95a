import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useDeleteGroup } from '@/api/groups/delete-group';

interface DeleteGroupDialogProps {
  poolId: string;
  groupName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => unknown;
}

export function DeleteGroupDialog({
  poolId,
  groupName,
  open,
  onOpenChange,
  onDeleted,
}: DeleteGroupDialogProps) {
  const deletion = useDeleteGroup(poolId, { onSuccess: onDeleted });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={deletion}
      title={`Delete group ${groupName}?`}
      confirmLabel="Delete group"
      onConfirm={() => deletion.mutate(groupName)}
    >
      <p>
        This deletes the group <strong>{groupName}</strong>. Its members stay in the pool but lose
        the group (and its role) from their next tokens. It cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
