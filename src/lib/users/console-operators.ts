import { resolveRole, roleGroups, type Role } from '@/lib/roles';

/** Who is signed in to the console, and the user pool the console's operators sign in to. */
export interface SignedInOperator {
  poolId: string;
  sub: string;
  username: string;
}

/** The user a page or dialog acts on. */
export interface TargetUser {
  poolId: string;
  username: string;
  sub?: string;
}

/** True when the user is the operator signed in to this console. */
export function isSignedInOperator(target: TargetUser, operator: SignedInOperator): boolean {
  if (target.poolId !== operator.poolId) return false;
  if (operator.sub && target.sub) return target.sub === operator.sub;
  return target.username === operator.username;
}

/** True when the group gives a role in this console (admins, support) in its operators' pool. */
export function isOperatorGroup(poolId: string, groupName: string, operatorPoolId: string) {
  return poolId === operatorPoolId && roleGroups.some(([group]) => group === groupName);
}

/**
 * What the console knows of a user of its own operators' pool: whether they sign in to it, and as
 * what. `role` is undefined while their groups are not known yet.
 */
export interface OperatorStanding {
  /** The user may sign in to this console (or their groups are not known yet). */
  operator: boolean;
  role?: Role;
  /** The user is the one signed in now. */
  self: boolean;
}

/**
 * The standing of a user in the console: null outside its operators' pool. A user of that pool in
 * no role group gets no credentials, so is no operator; while their groups load, they count as one.
 */
export function operatorStanding(
  target: TargetUser,
  groupNames: readonly string[] | undefined,
  operator: SignedInOperator,
): OperatorStanding | null {
  if (target.poolId !== operator.poolId) return null;
  const self = isSignedInOperator(target, operator);
  if (groupNames === undefined) return { operator: true, self };
  const role = resolveRole([...groupNames]);
  return role ? { operator: true, role, self } : { operator: self, self };
}
