import { useSignedInOperator } from '@/session/session-hooks';
import { operatorStanding, type OperatorStanding } from '@/lib/users/console-operators';
import { useGroupsForUser } from '@/api/groups/list-groups-for-user';
import type { UserDetail } from '@/api/users/get-user';
import type { UserRef } from '@/api/users/user-keys';

/**
 * Whether the user signs in to this console (a user of its own pool in a role group), as what, and
 * whether they are the one signed in; null in every other pool. The groups come from the query the
 * user page's Groups section shares.
 */
export function useOperatorStanding(user: UserRef, detail: UserDetail): OperatorStanding | null {
  const operator = useSignedInOperator();
  const groups = useGroupsForUser(user);
  if (!operator) return null;
  return operatorStanding(
    { poolId: user.poolId, username: detail.username, sub: detail.attributes.sub },
    groups.data?.map((g) => g.name),
    operator,
  );
}
