import { randomUUID } from 'node:crypto';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { invalidateUserIndex } from './user-index.ts';

const FIRST = [
  'Ada',
  'Ben',
  'Chloe',
  'Dev',
  'Eve',
  'Finn',
  'Gia',
  'Hugo',
  'Iris',
  'Jon',
  'Kai',
  'Lena',
];
const LAST = [
  'Smith',
  'Patel',
  'Garcia',
  'Kim',
  'Novak',
  'Okafor',
  'Rossi',
  'Tanaka',
  'Berg',
  'Chen',
];
const STATUSES = [
  'CONFIRMED',
  'CONFIRMED',
  'CONFIRMED',
  'CONFIRMED',
  'UNCONFIRMED',
  'FORCE_CHANGE_PASSWORD',
];

export interface BulkOptions {
  /** Prefix of usernames and emails, so several batches do not collide. */
  prefix?: string;
  /** Defaults to Math.random. */
  random?: () => number;
  /** Epoch milliseconds. */
  now?: number;
}

/**
 * Fills a pool with `count` users for benchmarks: names, email, phone, sub, mixed statuses, no
 * passwords (an SRP verifier per user would take minutes). 100,000 users take well under a second.
 * In email-as-username pools the username is the sub, as AWS makes it.
 */
export function generateUsers(
  pool: UserPoolRecord,
  count: number,
  options: BulkOptions = {},
): UserRecord[] {
  const random = options.random ?? Math.random;
  const prefix = options.prefix ?? 'bench';
  const nowSeconds = (options.now ?? Date.now()) / 1000;
  const emailIsUsername = ((pool.pool.UsernameAttributes as string[] | undefined) ?? []).length > 0;
  const created: UserRecord[] = [];
  for (let i = 0; i < count; i++) {
    const sub = randomUUID();
    const given = FIRST[i % FIRST.length]!;
    const family = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const handle = `${prefix}-${i.toString().padStart(7, '0')}`;
    const when = Math.floor(nowSeconds - random() * 365 * 86_400);
    const user: UserRecord = {
      Username: emailIsUsername ? sub : handle,
      Attributes: [
        { Name: 'sub', Value: sub },
        { Name: 'email', Value: `${handle}@example.com` },
        { Name: 'email_verified', Value: random() < 0.8 ? 'true' : 'false' },
        { Name: 'phone_number', Value: `+1555${String(i).padStart(7, '0')}` },
        { Name: 'given_name', Value: given },
        { Name: 'family_name', Value: family },
        { Name: 'name', Value: `${given} ${family}` },
      ],
      UserCreateDate: when,
      UserLastModifiedDate: when,
      Enabled: random() > 0.05,
      UserStatus: STATUSES[Math.floor(random() * STATUSES.length)]!,
      groups: [],
    };
    pool.users.set(user.Username, user);
    created.push(user);
  }
  invalidateUserIndex(pool);
  return created;
}
