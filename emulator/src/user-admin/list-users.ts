import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { decodePageToken, encodePageToken } from '../paging/page-token.ts';
import { getPool } from '../userpools/pool-store.ts';
import { SEARCHABLE_ATTRIBUTES, parseFilter } from './filter.ts';
import type { Entry } from './sorted-entries.ts';
import { matchingUsers } from './user-index.ts';
import { userType } from './user-output.ts';

interface ListUsersInput {
  UserPoolId: string;
  AttributesToGet?: string[];
  Limit?: number;
  PaginationToken?: string;
  Filter?: string;
}

const MAX_LIMIT = 60;

function isEntry(value: unknown): value is Entry {
  return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string');
}

/**
 * ListUsers: optional one-attribute filter, stable order (by the filtered value, then username),
 * and a page token bound to the pool and filter.
 */
export function listUsers(input: ListUsersInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const filter = parseFilter(input.Filter);
  const limit = input.Limit === undefined || input.Limit === 0 ? MAX_LIMIT : input.Limit;
  const scope = `ListUsers:${pool.pool.Id}:${input.Filter?.trim() ?? ''}`;
  let cursor: Entry | undefined;
  if (input.PaginationToken !== undefined) {
    const decoded = decodePageToken(scope, input.PaginationToken);
    if (!isEntry(decoded)) throw invalidParameter('Invalid pagination token.');
    cursor = decoded;
  }

  const page: ReturnType<typeof userType>[] = [];
  let last: Entry | undefined;
  let more = false;
  for (const { user, entry } of matchingUsers(pool, filter, cursor)) {
    if (page.length === limit) {
      more = true;
      break;
    }
    page.push(userType(user, input.AttributesToGet));
    last = entry;
  }
  checkAttributesToGet(input.AttributesToGet, page);
  return {
    Users: page,
    ...(more && last ? { PaginationToken: encodePageToken(scope, last) } : {}),
  };
}

/** AWS refuses AttributesToGet when a returned user lacks a requested non-searchable attribute. */
function checkAttributesToGet(
  names: string[] | undefined,
  users: ReturnType<typeof userType>[],
): void {
  if (!names) return;
  const strict = names.filter((n) => !(SEARCHABLE_ATTRIBUTES as readonly string[]).includes(n));
  for (const name of strict) {
    if (users.some((u) => !u.Attributes.some((a) => a.Name === name))) {
      throw invalidParameter(`One or more requested attributes do not exist: ${name}`);
    }
  }
}
