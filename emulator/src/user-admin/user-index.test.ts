import { describe, expect, it } from 'vitest';
import { poolRecordOf, type UserPoolRecord, type UserRecord } from '../store/types.ts';
import { generateUsers } from './bulk-users.ts';
import { parseFilter } from './filter.ts';
import { indexKeys, matchingUsers, userIndexChanged, usersWith } from './user-index.ts';

function emptyPool(): UserPoolRecord {
  return poolRecordOf({
    pool: { Id: 'us-east-1_Test12345', Name: 'test', Arn: 'arn' },
    signingKey: { kid: 'k', privateJwk: {}, publicJwk: {} },
    samlEncryptionCertificate: '',
  });
}

const user = (Username: string, email: string): UserRecord => ({
  Username,
  Attributes: [
    { Name: 'sub', Value: `sub-${Username}` },
    { Name: 'email', Value: email },
  ],
  UserCreateDate: 0,
  UserLastModifiedDate: 0,
  Enabled: true,
  UserStatus: 'CONFIRMED',
  groups: [],
});

const names = (pool: UserPoolRecord, filter?: string) =>
  [...matchingUsers(pool, parseFilter(filter))].map((m) => m.user.Username);

describe('user index', () => {
  it('answers exact and prefix filters in a stable order and resumes after a cursor', () => {
    const pool = emptyPool();
    for (const [name, email] of [
      ['c', 'x@example.com'],
      ['a', 'x@example.com'],
      ['b', 'y@example.com'],
    ] as const) {
      pool.users.set(name, user(name, email));
    }
    expect(names(pool)).toEqual(['a', 'b', 'c']);
    expect(names(pool, 'email = "x@example.com"')).toEqual(['a', 'c']);
    expect(names(pool, 'email ^= "y"')).toEqual(['b']);
    const [first] = matchingUsers(pool, parseFilter('email ^= ""'));
    expect(
      [...matchingUsers(pool, parseFilter('email ^= ""'), first!.entry)].map(
        (m) => m.user.Username,
      ),
    ).toEqual(['c', 'b']);
  });

  it('follows writes made through userIndexChanged', () => {
    const pool = emptyPool();
    pool.users.set('a', user('a', 'old@example.com'));
    expect(usersWith(pool, 'email', 'old@example.com')).toHaveLength(1);
    const target = pool.users.get('a')!;
    const before = indexKeys(target);
    target.Attributes[1] = { Name: 'email', Value: 'new@example.com' };
    userIndexChanged(pool, 'a', before, target);
    expect(usersWith(pool, 'email', 'old@example.com')).toHaveLength(0);
    expect(usersWith(pool, 'email', 'new@example.com').map((u) => u.Username)).toEqual(['a']);
  });

  it('never returns a stale entry and rebuilds when users are added behind its back', () => {
    const pool = emptyPool();
    pool.users.set('a', user('a', 'a@example.com'));
    expect(usersWith(pool, 'email', 'a@example.com')).toHaveLength(1);
    pool.users.get('a')!.Attributes[1] = { Name: 'email', Value: 'changed@example.com' };
    expect(usersWith(pool, 'email', 'a@example.com')).toHaveLength(0);
    pool.users.set('b', user('b', 'b@example.com'));
    expect(usersWith(pool, 'email', 'b@example.com')).toHaveLength(1);
  });

  it('finds a user by exact email among 10,000 (its speed at 100,000 is measured by npm run bench)', () => {
    const pool = emptyPool();
    const users = generateUsers(pool, 10_000, { random: () => 0.5 });
    const target = users[7_312]!;
    const email = target.Attributes.find((a) => a.Name === 'email')!.Value;
    for (let i = 0; i < 100; i++) expect(usersWith(pool, 'email', email)).toEqual([target]);
  });
});
