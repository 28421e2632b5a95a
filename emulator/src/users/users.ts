import { randomUUID } from 'node:crypto';
import type { PasswordRecord, UserPoolRecord, UserRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { passwordRecord } from './password.ts';

export type UserStatus =
  'UNCONFIRMED' | 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'RESET_REQUIRED' | 'EXTERNAL_PROVIDER';

export interface NewUser {
  /** Ignored in pools whose UsernameAttributes make the username a generated UUID. */
  Username?: string;
  attributes?: Record<string, string>;
  status: UserStatus;
  enabled?: boolean;
  /** Plain password (hashed into an SRP verifier) or a ready record. */
  password?: { value: string; temporary: boolean } | PasswordRecord;
  sub?: string;
  /** Epoch milliseconds: last modification (and creation unless createdAt is given). */
  now: number;
  createdAt?: number;
}

export function usesUsernameAttributes(record: UserPoolRecord): boolean {
  return ((record.pool.UsernameAttributes as string[] | undefined) ?? []).length > 0;
}

export function isCaseSensitive(record: UserPoolRecord): boolean {
  const config = record.pool.UsernameConfiguration as { CaseSensitive?: boolean } | undefined;
  return config?.CaseSensitive ?? true;
}

export function attributeOf(user: UserRecord, name: string): string | undefined {
  return user.Attributes.find((a) => a.Name === name)?.Value;
}

/** Adds a user; in an email/phone-as-username pool the Username is the sub, as AWS makes it. */
export function createUser(record: UserPoolRecord, spec: NewUser): UserRecord {
  const sub = spec.sub ?? randomUUID();
  const username = usesUsernameAttributes(record) ? sub : spec.Username;
  if (!username) throw new Error('createUser needs a Username in this pool');
  const attributes = Object.entries(spec.attributes ?? {})
    .filter(([name]) => name !== 'sub')
    .map(([Name, Value]) => ({ Name, Value }));
  const created = epochSeconds(spec.createdAt ?? spec.now);
  const password = spec.password;
  const user: UserRecord = {
    Username: username,
    Attributes: [{ Name: 'sub', Value: sub }, ...attributes],
    UserCreateDate: created,
    UserLastModifiedDate: epochSeconds(spec.now),
    Enabled: spec.enabled ?? true,
    UserStatus: spec.status,
    groups: [],
  };
  if (password) {
    user.password =
      'value' in password
        ? passwordRecord(record.pool.Id, username, password.value, password.temporary, spec.now)
        : password;
  }
  record.users[username] = user;
  return user;
}

function findByUsername(record: UserPoolRecord, name: string): UserRecord | undefined {
  const exact = record.users[name];
  if (exact || isCaseSensitive(record)) return exact;
  const lower = name.toLowerCase();
  return Object.values(record.users).find((u) => u.Username.toLowerCase() === lower);
}

export function findUserBySub(record: UserPoolRecord, sub: string): UserRecord | undefined {
  return Object.values(record.users).find((u) => attributeOf(u, 'sub') === sub);
}

/**
 * The user a sign-in name means: the username itself, else an alias the pool allows. Username
 * attributes (email/phone_number) match as given; alias attributes need the value verified,
 * except preferred_username. Email matches without regard to case.
 */
export function findUserBySignInName(record: UserPoolRecord, name: string): UserRecord | undefined {
  const direct = findByUsername(record, name);
  if (direct) return direct;
  const usernameAttributes = (record.pool.UsernameAttributes as string[] | undefined) ?? [];
  const aliasAttributes = (record.pool.AliasAttributes as string[] | undefined) ?? [];
  const candidates = [
    ...usernameAttributes.map((attribute) => ({ attribute, verified: false })),
    ...aliasAttributes.map((attribute) => ({
      attribute,
      verified: attribute !== 'preferred_username',
    })),
  ];
  if (candidates.length === 0) return undefined;
  for (const { attribute, verified } of candidates) {
    const wanted = attribute === 'email' || !isCaseSensitive(record) ? name.toLowerCase() : name;
    const match = Object.values(record.users).find((user) => {
      const value = attributeOf(user, attribute);
      if (value === undefined) return false;
      const comparable =
        attribute === 'email' || !isCaseSensitive(record) ? value.toLowerCase() : value;
      if (comparable !== wanted) return false;
      return !verified || attributeOf(user, `${attribute}_verified`) === 'true';
    });
    if (match) return match;
  }
  return undefined;
}
