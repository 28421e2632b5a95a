import { useId, useState } from 'react';
import { Choice, Fieldset } from '@/components/Choice';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { SelectField, TextField } from '@/components/form-fields';
import { useGroupNames } from '@/api/groups/list-groups';
import type { DeliveryMedium } from '@/api/users/resend-invitation';
import { QUOTA_CATEGORIES, type BulkActionKind, type BulkActionParams } from '../bulk-action-kinds';

const count = new Intl.NumberFormat();

interface BulkActionDialogProps {
  poolId: string;
  action: BulkActionKind;
  /** How many users, and which: "200 users where Username starts with bulk-". */
  total: number;
  who: string;
  /** The signed-in operator's own account is among them and will be skipped. */
  includesOwnAccount: boolean;
  onCancel: () => void;
  onConfirm: (params: BulkActionParams) => void;
}

const WHAT_IT_DOES: Record<BulkActionKind['id'], string> = {
  enable: 'They can sign in again.',
  disable:
    'They can no longer sign in, and their tokens stop working at the next refresh. Their data is kept; Enable undoes it.',
  resetPassword:
    'Each gets a code to choose a new password (by email or SMS, as the pool sends them) and cannot sign in with the old one.',
  signOut:
    'Their refresh tokens are revoked on every device: they must sign in again once their current tokens expire.',
  addToGroup: 'Each becomes a member of the group (members already in it stay as they are).',
  removeFromGroup: 'Each stops being a member of the group.',
  resendInvitation:
    'Each user who has not signed in yet (status FORCE_CHANGE_PASSWORD) gets a new temporary password, and the previous one stops working. Other users are skipped (where the list showed their status) or refused by Cognito, and listed so in the results.',
  delete:
    'This permanently deletes each user with their attributes, group memberships, devices and linked identities. It cannot be undone.',
};

export function BulkActionDialog({
  poolId,
  action,
  total,
  who,
  includesOwnAccount,
  onCancel,
  onConfirm,
}: BulkActionDialogProps) {
  const [groupName, setGroupName] = useState('');
  const [email, setEmail] = useState(true);
  const [sms, setSms] = useState(false);
  const [typed, setTyped] = useState('');
  const groups = useGroupNames(poolId, { enabled: action.needsGroup === true });
  const id = useId();
  const users = total === 1 ? '1 user' : `${count.format(total)} users`;
  const mediums: DeliveryMedium[] = [
    ...(email ? ['EMAIL' as const] : []),
    ...(sms ? ['SMS' as const] : []),
  ];
  const quota = QUOTA_CATEGORIES[action.category];
  const blocked =
    (action.needsGroup && !groupName) ||
    (action.id === 'resendInvitation' && mediums.length === 0) ||
    (action.id === 'delete' && typed !== String(total));

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onCancel()}
      title={`${action.label}: ${users}?`}
      confirmLabel={action.id === 'delete' ? `Delete ${users}` : `${action.label} ${users}`}
      destructive={action.destructive}
      confirmDisabled={blocked}
      onConfirm={() =>
        onConfirm({
          groupName: action.needsGroup ? groupName : undefined,
          mediums: action.id === 'resendInvitation' ? mediums : undefined,
        })
      }
    >
      <p>
        {action.label} {who}. {WHAT_IT_DOES[action.id]}
      </p>
      {includesOwnAccount && (
        <p>Your own account is among them: it is skipped, so you keep your access.</p>
      )}
      <p>
        Calls are paced at {quota.pace} a second, under Cognito&rsquo;s {action.category} quota of{' '}
        {quota.ceiling}, and slow down if AWS throttles. You can stop at any time; users already
        done stay done.
      </p>
      {action.needsGroup && (
        <SelectField
          id={`${id}-group`}
          label="Group"
          value={groupName}
          onChange={(event) => setGroupName(event.target.value)}
          hint={groups.isPending ? 'Loading groups…' : undefined}
          error={groups.isError ? 'Could not list the groups.' : undefined}
        >
          <option value="">Choose a group</option>
          {(groups.data ?? []).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </SelectField>
      )}
      {action.id === 'resendInvitation' && (
        <Fieldset legend="Send by">
          <Choice label="Email" checked={email} onChange={(e) => setEmail(e.target.checked)} />
          <Choice label="SMS" checked={sms} onChange={(e) => setSms(e.target.checked)} />
        </Fieldset>
      )}
      {action.id === 'delete' && (
        <TextField
          id={`${id}-count`}
          label={`Type ${total} to delete ${users}`}
          value={typed}
          inputMode="numeric"
          onChange={(event) => setTyped(event.target.value.trim())}
        />
      )}
    </ConfirmDialog>
  );
}
