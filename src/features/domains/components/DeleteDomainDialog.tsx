import { TypedConfirmDialog } from '@/components/TypedConfirmDialog';
import { useDeleteUserPoolDomain } from '@/api/domains/delete-user-pool-domain';

interface DeleteDomainDialogProps {
  poolId: string;
  domain: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}

export function DeleteDomainDialog({
  poolId,
  domain,
  open,
  onOpenChange,
  onDeleted,
}: DeleteDomainDialogProps) {
  const deletion = useDeleteUserPoolDomain(poolId, { onSuccess: onDeleted });
  return (
    <TypedConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={deletion}
      title={`Delete domain ${domain}?`}
      expected={domain}
      confirmLabel="Delete"
      onConfirm={() => deletion.mutate(domain)}
    >
      <p>
        The hosted UI and OAuth endpoints at <strong>{domain}</strong> stop working: apps that send
        users there can no longer sign them in.
      </p>
    </TypedConfirmDialog>
  );
}
