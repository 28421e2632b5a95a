import { resourceNotFound } from '../protocol/errors.ts';
import type { GroupRecord, UserPoolRecord } from '../store/types.ts';

/** AWS's quota of groups per user pool. */
export const MAX_GROUPS = 10_000;

export function getGroup(pool: UserPoolRecord, groupName: string): GroupRecord {
  const group = pool.groups.get(groupName);
  if (!group) throw resourceNotFound('Group not found.');
  return group;
}

/** GroupType as AWS returns it: optional members only when set. */
export function groupOutput(poolId: string, group: GroupRecord): Record<string, unknown> {
  return {
    GroupName: group.GroupName,
    UserPoolId: poolId,
    ...(group.Description !== undefined ? { Description: group.Description } : {}),
    ...(group.RoleArn !== undefined ? { RoleArn: group.RoleArn } : {}),
    ...(group.Precedence !== undefined ? { Precedence: group.Precedence } : {}),
    LastModifiedDate: group.LastModifiedDate,
    CreationDate: group.CreationDate,
  };
}
