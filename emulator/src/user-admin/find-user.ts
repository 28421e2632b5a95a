import { userNotFound } from '../protocol/errors.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { attributeValue, usersWith } from './user-index.ts';

export const usernameAttributesOf = (pool: UserPoolRecord) =>
  (pool.pool.UsernameAttributes as string[] | undefined) ?? [];
export const aliasAttributesOf = (pool: UserPoolRecord) =>
  (pool.pool.AliasAttributes as string[] | undefined) ?? [];

function caseInsensitive(pool: UserPoolRecord): boolean {
  const config = pool.pool.UsernameConfiguration as { CaseSensitive?: boolean } | undefined;
  return config?.CaseSensitive === false;
}

/** The user with exactly this username (any case, in a case-insensitive pool). */
export function userByUsername(pool: UserPoolRecord, username: string): UserRecord | undefined {
  const direct = pool.users[username];
  if (direct || !caseInsensitive(pool)) return direct;
  const lower = username.toLowerCase();
  return Object.values(pool.users).find((u) => u.Username.toLowerCase() === lower);
}

/**
 * The user an Admin* call names: the username, else a sign-in alias of the pool (email and phone
 * only once verified, unless they are the pool's username attributes), else the sub (API_AdminGetUser.html).
 */
export function findUser(pool: UserPoolRecord, name: string): UserRecord | undefined {
  const byUsername = userByUsername(pool, name);
  if (byUsername) return byUsername;
  const usernameAttributes = usernameAttributesOf(pool);
  for (const attribute of [...usernameAttributes, ...aliasAttributesOf(pool)]) {
    if (attribute !== 'email' && attribute !== 'phone_number' && attribute !== 'preferred_username')
      continue;
    const needsVerified =
      attribute !== 'preferred_username' && !usernameAttributes.includes(attribute);
    const match = usersWith(pool, attribute, name).find(
      (u) => !needsVerified || attributeValue(u, `${attribute}_verified`) === 'true',
    );
    if (match) return match;
  }
  return usersWith(pool, 'sub', name)[0];
}

export function requireUser(pool: UserPoolRecord, name: string): UserRecord {
  const user = findUser(pool, name);
  if (!user) throw userNotFound();
  return user;
}
