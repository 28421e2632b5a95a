import { isSignedInOperator, type SignedInOperator } from '@/lib/users/console-operators';

/** A user picked for a bulk action, with what the list showed of them. */
export interface BulkTarget {
  username: string;
  status?: string;
  sub?: string;
}

export interface SkipRules {
  /** The action could lock the operator out (disable, delete, sign out): their account is spared. */
  spareOwnAccount: boolean;
  /** Only users still in FORCE_CHANGE_PASSWORD get an invitation again. */
  invitation: boolean;
}

export const OWN_ACCOUNT_SKIPPED =
  'Skipped: this is your own account. The console does not disable, delete or sign out the operator signed in.';

/** Why a bulk action leaves this user alone, or undefined to act on them. */
export function skipReason(
  poolId: string,
  rules: SkipRules,
  user: BulkTarget,
  operator: SignedInOperator | null,
): string | undefined {
  if (
    rules.spareOwnAccount &&
    operator &&
    isSignedInOperator({ poolId, username: user.username, sub: user.sub }, operator)
  ) {
    return OWN_ACCOUNT_SKIPPED;
  }
  if (rules.invitation && user.status && user.status !== 'FORCE_CHANGE_PASSWORD') {
    return `Skipped: status is ${user.status}. Only users who have not signed in yet (FORCE_CHANGE_PASSWORD) get their invitation again.`;
  }
  return undefined;
}
