import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useSetUICustomization } from '@/api/ui-customization/set-ui-customization';

/**
 * Deletes an app client's own branding (SetUICustomization for the client with neither CSS nor
 * logo), so its hosted page uses the pool default again.
 */
export function RemoveClientSettingsDialog({
  poolId,
  clientId,
  clientName,
  open,
  onOpenChange,
  onRemoved,
}: {
  poolId: string;
  clientId: string;
  clientName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onRemoved: () => void;
}) {
  const remove = useSetUICustomization(poolId, {
    onSuccess: () => {
      onOpenChange(false);
      onRemoved();
    },
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Remove the own settings of ${clientName}?`}
      confirmLabel="Remove its settings"
      onConfirm={() => remove.mutate({ clientId })}
      mutation={remove}
    >
      <p>
        The CSS and logo of the app client <strong>{clientName}</strong> ({clientId}) are deleted,
        and its hosted page uses the pool default again.
      </p>
    </ConfirmDialog>
  );
}
