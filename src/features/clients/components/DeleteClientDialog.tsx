import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useDeleteUserPoolClient } from '@/api/clients/delete-user-pool-client';

interface DeleteClientDialogProps {
  poolId: string;
  clientId: string;
  clientName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => unknown;
}

export function DeleteClientDialog({
  poolId,
  clientId,
  clientName,
  open,
  onOpenChange,
  onDeleted,
}: DeleteClientDialogProps) {
  const deletion = useDeleteUserPoolClient(poolId, { onSuccess: onDeleted });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={deletion}
      title={`Delete app client ${clientName}?`}
      confirmLabel="Delete app client"
      onConfirm={() => deletion.mutate(clientId)}
    >
      <p>
        Apps using <strong>{clientName}</strong> ({clientId}) can no longer sign users in or refresh
        tokens. It cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
