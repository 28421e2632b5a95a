import { addUserToGroup } from '@/api/groups/add-user-to-group';
import { removeUserFromGroup } from '@/api/groups/remove-user-from-group';
import { deleteUser } from '@/api/users/delete-user';
import { globalSignOut } from '@/api/users/global-sign-out';
import { resendInvitation, type DeliveryMedium } from '@/api/users/resend-invitation';
import { resetUserPassword } from '@/api/users/reset-user-password';
import { setUserEnabled } from '@/api/users/set-user-enabled';
import type { ActionNote } from '@/lib/bulk/bulk-run';

export type BulkActionId =
  | 'enable'
  | 'disable'
  | 'resetPassword'
  | 'signOut'
  | 'addToGroup'
  | 'removeFromGroup'
  | 'resendInvitation'
  | 'delete';

/**
 * Cognito's request quotas per category and account (cognito-behaviour.md 23–24), and the pace a
 * bulk action keeps under each: evenly spaced calls at that pace never put more than the ceiling in
 * any one second, and throttling (another console, another tool) slows the run down.
 */
export const QUOTA_CATEGORIES = {
  UserUpdate: { ceiling: 25, pace: 24.5 },
  UserAccountRecovery: { ceiling: 30, pace: 29 },
  UserCreation: { ceiling: 50, pace: 48 },
} as const;

export type QuotaCategory = keyof typeof QUOTA_CATEGORIES;

export interface BulkActionKind {
  id: BulkActionId;
  /** The toolbar button. */
  label: string;
  /** The Cognito operation; the button shows when the role may call it. */
  operation: string;
  category: QuotaCategory;
  /** Could lock the signed-in operator out: their own account is skipped. */
  spareOwnAccount: boolean;
  needsGroup?: boolean;
  destructive: boolean;
}

export const BULK_ACTIONS: readonly BulkActionKind[] = [
  {
    id: 'enable',
    label: 'Enable',
    operation: 'AdminEnableUser',
    category: 'UserUpdate',
    spareOwnAccount: false,
    destructive: false,
  },
  {
    id: 'disable',
    label: 'Disable',
    operation: 'AdminDisableUser',
    category: 'UserUpdate',
    spareOwnAccount: true,
    destructive: true,
  },
  {
    id: 'resetPassword',
    label: 'Reset password',
    operation: 'AdminResetUserPassword',
    category: 'UserAccountRecovery',
    spareOwnAccount: false,
    destructive: true,
  },
  {
    id: 'signOut',
    label: 'Sign out everywhere',
    operation: 'AdminUserGlobalSignOut',
    category: 'UserUpdate',
    spareOwnAccount: true,
    destructive: true,
  },
  {
    id: 'addToGroup',
    label: 'Add to group',
    operation: 'AdminAddUserToGroup',
    category: 'UserUpdate',
    spareOwnAccount: false,
    needsGroup: true,
    destructive: false,
  },
  {
    id: 'removeFromGroup',
    label: 'Remove from group',
    operation: 'AdminRemoveUserFromGroup',
    category: 'UserUpdate',
    spareOwnAccount: false,
    needsGroup: true,
    destructive: true,
  },
  {
    id: 'resendInvitation',
    label: 'Resend invitation',
    operation: 'AdminCreateUser',
    category: 'UserCreation',
    spareOwnAccount: false,
    destructive: false,
  },
  {
    id: 'delete',
    label: 'Delete',
    operation: 'AdminDeleteUser',
    category: 'UserUpdate',
    spareOwnAccount: true,
    destructive: true,
  },
];

export function bulkActionKind(id: BulkActionId): BulkActionKind {
  const kind = BULK_ACTIONS.find((k) => k.id === id);
  if (!kind) throw new Error(`No bulk action ${id}.`);
  return kind;
}

/** What an action needs besides the user: the group, the invitation's channels. */
export interface BulkActionParams {
  groupName?: string;
  mediums?: DeliveryMedium[];
}

// Each call makes one attempt: the bulk runner paces the calls and retries throttled ones itself.
const once = { singleAttempt: true } as const;

function isUserNotFound(error: unknown) {
  return (error as { name?: unknown } | null)?.name === 'UserNotFoundException';
}

/** The call an action makes for one user. */
export function actionCall(
  id: BulkActionId,
  poolId: string,
  params: BulkActionParams,
): (username: string) => Promise<ActionNote> {
  const group = () => {
    if (!params.groupName) throw new Error('Choose a group.');
    return params.groupName;
  };
  switch (id) {
    case 'enable':
    case 'disable':
      return (username) => setUserEnabled({ poolId, username }, id === 'enable', once);
    case 'resetPassword':
      return (username) => resetUserPassword({ poolId, username }, once);
    case 'signOut':
      return (username) => globalSignOut({ poolId, username }, once);
    case 'addToGroup':
      return (username) => addUserToGroup({ poolId, username, groupName: group() }, once);
    case 'removeFromGroup':
      return (username) => removeUserFromGroup({ poolId, username, groupName: group() }, once);
    case 'resendInvitation':
      return (username) =>
        resendInvitation({ poolId, username }, params.mediums ?? ['EMAIL'], once);
    case 'delete':
      // A retry after a failure AWS may have applied (a 5xx) finds the user gone: deleted all the same.
      return (username) =>
        deleteUser({ poolId, username }, once).catch((error: unknown) => {
          if (isUserNotFound(error)) return 'Already gone (UserNotFoundException).';
          throw error;
        });
  }
}
