import { randomUUID } from 'node:crypto';
import type { PasswordRecord, UserPoolRecord, UserRecord } from '../store/types.ts';
import { usernameAttributesOf } from '../user-admin/find-user.ts';
import { userIndexChanged } from '../user-admin/user-index.ts';
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

/** Adds a user; in an email/phone-as-username pool the Username is the sub, as AWS makes it. */
export function createUser(record: UserPoolRecord, spec: NewUser): UserRecord {
  const sub = spec.sub ?? randomUUID();
  const username = usernameAttributesOf(record).length > 0 ? sub : spec.Username;
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
  record.users.set(username, user);
  userIndexChanged(record, username, undefined, user);
  return user;
}
