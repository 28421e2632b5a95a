import { TypedConfirmDialog } from '@/components/TypedConfirmDialog';
import { useDeleteIdentityProvider } from '@/api/identity-providers/delete-identity-provider';

interface DeleteIdentityProviderDialogProps {
  poolId: string;
  providerName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => unknown;
}

export function DeleteIdentityProviderDialog({
  poolId,
  providerName,
  open,
  onOpenChange,
  onDeleted,
}: DeleteIdentityProviderDialogProps) {
  const deletion = useDeleteIdentityProvider(poolId, { onSuccess: onDeleted });
  return (
    <TypedConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={deletion}
      title={`Delete sign-in provider ${providerName}?`}
      expected={providerName}
      confirmLabel="Delete"
      onConfirm={() => deletion.mutate(providerName)}
    >
      <p>
        Users can no longer sign in with <strong>{providerName}</strong>. App clients that list it
        stop offering it; users it created stay in the pool.
      </p>
    </TypedConfirmDialog>
  );
}
