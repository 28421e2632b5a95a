import { TypedConfirmDialog } from '@/components/TypedConfirmDialog';
import { useDeleteResourceServer } from '@/api/resource-servers/delete-resource-server';
import type { ResourceServer } from '@/api/resource-servers/list-resource-servers';

interface DeleteResourceServerDialogProps {
  poolId: string;
  server: ResourceServer;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => unknown;
}

export function DeleteResourceServerDialog({
  poolId,
  server,
  open,
  onOpenChange,
  onDeleted,
}: DeleteResourceServerDialogProps) {
  const deletion = useDeleteResourceServer(poolId, { onSuccess: onDeleted });
  const identifier = server.Identifier ?? '';
  return (
    <TypedConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={deletion}
      title={`Delete resource server ${server.Name ?? identifier}?`}
      expected={identifier}
      confirmLabel="Delete"
      onConfirm={() => deletion.mutate(identifier)}
    >
      <p>
        This deletes <strong>{server.Name}</strong> ({identifier}) and its{' '}
        {server.Scopes?.length ?? 0} scopes. App clients lose these scopes, and tokens stop carrying
        them.
      </p>
    </TypedConfirmDialog>
  );
}
