import { resourceNotFound } from '../protocol/errors.ts';
import type { UserPoolRecord } from '../store/types.ts';

export interface MembershipInput {
  UserPoolId: string;
  Username: string;
  GroupName: string;
}

export function requireGroup(pool: UserPoolRecord, name: string) {
  const group = pool.groups.get(name);
  if (!group) throw resourceNotFound('Group not found.');
  return group;
}
