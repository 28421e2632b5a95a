import type { GroupRecord, UserPoolRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';

export function createGroup(
  record: UserPoolRecord,
  fields: Omit<GroupRecord, 'CreationDate' | 'LastModifiedDate'>,
  nowMs: number,
): GroupRecord {
  const now = epochSeconds(nowMs);
  const group: GroupRecord = { ...fields, CreationDate: now, LastModifiedDate: now };
  record.groups.set(group.GroupName, group);
  return group;
}

/** Idempotent, like AdminAddUserToGroup. */
export function addUserToGroup(record: UserPoolRecord, username: string, groupName: string): void {
  const user = record.users.get(username);
  if (!user || !record.groups.has(groupName))
    throw new Error(`No user ${username} or group ${groupName}`);
  if (!user.groups.includes(groupName)) user.groups.push(groupName);
}
