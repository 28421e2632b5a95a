import { ListUsersCommand, type UserType } from '@aws-sdk/client-cognito-identity-provider';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { userKeys, type UserListQuery } from './user-keys';

/** A user exactly as ListUsers returns it (what the deep search filters). */
export type RawUser = UserType;

/** ListUsers' largest page. */
export const USERS_PAGE_SIZE = 60;

/** A user as the list shows it; attribute values are kept by name (custom ones included). */
export interface ListedUser {
  username: string;
  enabled?: boolean;
  status?: string;
  createdAt?: Date;
  modifiedAt?: Date;
  attributes: Record<string, string>;
}

export interface UsersPage<User> {
  users: User[];
  nextToken?: string;
}

export function toListedUser(user: UserType): ListedUser {
  const attributes: Record<string, string> = {};
  for (const { Name, Value } of user.Attributes ?? []) {
    if (Name !== undefined && Value !== undefined) attributes[Name] = Value;
  }
  return {
    username: user.Username ?? '',
    enabled: user.Enabled,
    status: user.UserStatus,
    createdAt: user.UserCreateDate,
    modifiedAt: user.UserLastModifiedDate,
    attributes,
  };
}

/**
 * One ListUsers page as the SDK returns it (the deep search filters these). AttributesToGet is
 * left out on purpose: AWS fails the call when a user lacks a requested custom attribute.
 */
export async function listUsersRaw(
  poolId: string,
  { filter, paginationToken, limit = USERS_PAGE_SIZE }: UserListQuery,
  signal?: AbortSignal,
): Promise<UsersPage<UserType>> {
  const output = await idpClientFor(poolId).send(
    new ListUsersCommand({
      UserPoolId: poolId,
      Limit: limit,
      Filter: filter || undefined,
      PaginationToken: paginationToken,
    }),
    { abortSignal: signal },
  );
  return { users: output.Users ?? [], nextToken: output.PaginationToken || undefined };
}

export async function listUsers(
  poolId: string,
  query: UserListQuery,
  signal?: AbortSignal,
): Promise<UsersPage<ListedUser>> {
  const page = await listUsersRaw(poolId, query, signal);
  return { users: page.users.map(toListedUser), nextToken: page.nextToken };
}

export const listUsersQueryOptions = (poolId: string, query: UserListQuery) =>
  queryOptions({
    queryKey: userKeys.list(poolId, query),
    queryFn: ({ signal }) => listUsers(poolId, query, signal),
  });

export function useListUsers(poolId: string, query: UserListQuery) {
  return useQuery({
    ...listUsersQueryOptions(poolId, query),
    placeholderData: keepPreviousData,
  });
}
