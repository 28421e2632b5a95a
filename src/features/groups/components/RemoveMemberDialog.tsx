import { ConfirmDialog } from '@/components/ConfirmDialog';
import { toastStore } from '@/components/toast/toast-store';
import { useRemoveUserFromGroup } from '@/api/groups/remove-user-from-group';

interface RemoveMemberDialogProps {
  poolId: string;
  groupName: string;
  /** The member being removed; the dialog is open while set. */
  username: string | undefined;
  onClose: () => void;
}

export function RemoveMemberDialog({
  poolId,
  groupName,
  username,
  onClose,
}: RemoveMemberDialogProps) {
  const removal = useRemoveUserFromGroup({
    onSuccess: ({ username: removed }) => {
      toastStore.show(`${removed} removed from ${groupName}.`, 'success');
      onClose();
    },
  });
  return (
    <ConfirmDialog
      open={username !== undefined}
      onOpenChange={(open) => {
        if (!open) {
          removal.reset();
          onClose();
        }
      }}
      title={`Remove ${username ?? ''} from ${groupName}?`}
      confirmLabel="Remove from group"
      mutation={removal}
      onConfirm={() => username && removal.mutate({ poolId, groupName, username })}
    >
      <p>
        <strong>{username}</strong> stays in the pool. Tokens and AWS credentials already issued
        keep the group until they expire (up to an hour).
      </p>
    </ConfirmDialog>
  );
}
