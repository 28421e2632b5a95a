import { describe, expect, it } from 'vitest';
import type { SigningKeyRecord } from '../store/types.ts';
import { createPoolRecord } from '../userpools/create-pool-record.ts';
import { findUser } from '../user-admin/find-user.ts';
import { createUser } from './users.ts';

const key = {} as SigningKeyRecord;
const placement = { region: 'us-east-1', accountId: '123456789012', now: Date.now() };

describe('findUser', () => {
  it('makes the username a UUID in an email-as-username pool and finds the user by email', () => {
    const pool = createPoolRecord({ PoolName: 'p', UsernameAttributes: ['email'] }, placement, key);
    const user = createUser(pool, {
      attributes: { email: 'Ann@Example.com' },
      status: 'CONFIRMED',
      now: 0,
    });
    expect(user.Username).toMatch(/^[0-9a-f-]{36}$/);
    expect(findUser(pool, 'ann@example.com')).toBe(user);
    expect(findUser(pool, user.Username)).toBe(user);
    expect(findUser(pool, user.Username)).toBe(user);
  });

  it('accepts an email alias only when the email is verified', () => {
    const pool = createPoolRecord(
      { PoolName: 'p', AliasAttributes: ['email', 'preferred_username'] },
      placement,
      key,
    );
    createUser(pool, {
      Username: 'ann',
      attributes: { email: 'ann@example.com' },
      status: 'CONFIRMED',
      now: 0,
    });
    const bob = createUser(pool, {
      Username: 'bob',
      attributes: { email: 'bob@example.com', email_verified: 'true', preferred_username: 'bobby' },
      status: 'CONFIRMED',
      now: 0,
    });
    expect(findUser(pool, 'ann@example.com')).toBeUndefined();
    expect(findUser(pool, 'bob@example.com')).toBe(bob);
    expect(findUser(pool, 'bobby')).toBe(bob);
  });

  it('matches usernames without case only when the pool is case-insensitive', () => {
    const sensitive = createPoolRecord({ PoolName: 'p' }, placement, key);
    createUser(sensitive, { Username: 'Ann', status: 'CONFIRMED', now: 0 });
    expect(findUser(sensitive, 'ann')).toBeUndefined();
    const insensitive = createPoolRecord(
      { PoolName: 'p', UsernameConfiguration: { CaseSensitive: false } },
      placement,
      key,
    );
    createUser(insensitive, { Username: 'Ann', status: 'CONFIRMED', now: 0 });
    expect(findUser(insensitive, 'ann')?.Username).toBe('Ann');
  });
});
