import { userNotFound } from '../protocol/errors.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { getAttribute } from './attributes.ts';
import { usersWith } from './user-index.ts';

export const usernameAttributesOf = (pool: UserPoolRecord) =>
  (pool.pool.UsernameAttributes as string[] | undefined) ?? [];
export const aliasAttributesOf = (pool: UserPoolRecord) =>
  (pool.pool.AliasAttributes as string[] | undefined) ?? [];

export function isCaseSensitive(pool: UserPoolRecord): boolean {
  const config = pool.pool.UsernameConfiguration as { CaseSensitive?: boolean } | undefined;
  return config?.CaseSensitive ?? true;
}

/** The user with exactly this username (any case, in a case-insensitive pool). */
export function userByUsername(pool: UserPoolRecord, username: string): UserRecord | undefined {
  const direct = pool.users.get(username);
  if (direct || isCaseSensitive(pool)) return direct;
  const lower = username.toLowerCase();
  for (const user of pool.users.values()) if (user.Username.toLowerCase() === lower) return user;
  return undefined;
}

/** Users whose `attribute` equals `value`: emails, and everything in a case-insensitive pool, without regard to case. */
function usersHolding(pool: UserPoolRecord, attribute: string, value: string): UserRecord[] {
  const exact = usersWith(pool, attribute as 'email', value);
  if (exact.length > 0 || (attribute !== 'email' && isCaseSensitive(pool))) return exact;
  const lower = value.toLowerCase();
  return [...pool.users.values()].filter(
    (u) => getAttribute(u, attribute)?.toLowerCase() === lower,
  );
}

/**
 * The user a name means, at sign-in and in Admin* calls: the username, else a sign-in alias of the
 * pool (email and phone only once verified, unless they are the pool's username attributes;
 * preferred_username always), else the sub (API_AdminGetUser.html).
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
    const match = usersHolding(pool, attribute, name).find(
      (u) => !needsVerified || getAttribute(u, `${attribute}_verified`) === 'true',
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
