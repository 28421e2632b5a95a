import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import { MAX_GROUPS, groupOutput } from './group-store.ts';

export interface GroupInput {
  UserPoolId: string;
  GroupName: string;
  Description?: string;
  RoleArn?: string;
  Precedence?: number;
}

export function createGroup(input: GroupInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  if (pool.groups.has(input.GroupName)) {
    throw new AwsError('GroupExistsException', 'A group with the name already exists.');
  }
  if (pool.groups.size >= MAX_GROUPS) {
    throw new AwsError('LimitExceededException', 'Exceeded the maximum number of groups.');
  }
  const now = epochSeconds(ctx.now);
  const group = {
    GroupName: input.GroupName,
    ...(input.Description !== undefined ? { Description: input.Description } : {}),
    ...(input.RoleArn !== undefined ? { RoleArn: input.RoleArn } : {}),
    ...(input.Precedence !== undefined ? { Precedence: input.Precedence } : {}),
    CreationDate: now,
    LastModifiedDate: now,
  };
  pool.groups.set(input.GroupName, group);
  ctx.store.touch('groups', pool.pool.Id, input.GroupName);
  return { Group: groupOutput(input.UserPoolId, group) };
}
