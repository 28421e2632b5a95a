import { useSignedInOperator } from '@/session/session-hooks';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { OperatorLockoutWarning } from '@/components/OperatorLockoutWarning';
import { toastStore } from '@/components/toast/toast-store';
import { isOperatorGroup } from '@/lib/users/console-operators';
import { useRemoveUserFromGroup } from '@/api/groups/remove-user-from-group';

interface RemoveMemberDialogProps {
  poolId: string;
  groupName: string;
  /** The member being removed, by username and as the console names them; open while set. */
  member: { username: string; name: string } | undefined;
  onClose: () => void;
}

export function RemoveMemberDialog({
  poolId,
  groupName,
  member,
  onClose,
}: RemoveMemberDialogProps) {
  const operator = useSignedInOperator();
  const name = member?.name ?? '';
  const removal = useRemoveUserFromGroup({
    onSuccess: () => {
      toastStore.show(`${name} removed from ${groupName}.`, 'success');
      onClose();
    },
  });
  const operatorGroup = operator !== null && isOperatorGroup(poolId, groupName, operator.poolId);
  const self = operatorGroup && member !== undefined && member.username === operator.username;
  return (
    <ConfirmDialog
      open={member !== undefined}
      onOpenChange={(open) => {
        if (!open) {
          removal.reset();
          onClose();
        }
      }}
      title={`Remove ${name} from ${groupName}?`}
      confirmLabel="Remove from group"
      mutation={removal}
      onConfirm={() => member && removal.mutate({ poolId, groupName, username: member.username })}
    >
      {operatorGroup && (
        <OperatorLockoutWarning
          name={name}
          standing={{ operator: true, self }}
          action={`Removing this account from ${groupName}, a group that gives a role in this console,`}
        />
      )}
      <p>
        <strong>{name}</strong> stays in the pool. Tokens and AWS credentials already issued keep
        the group until they expire (up to an hour).
      </p>
    </ConfirmDialog>
  );
}
