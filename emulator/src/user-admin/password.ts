import { randomInt } from 'node:crypto';
import type { UserPoolRecord } from '../store/types.ts';
import { passwordPolicyOf } from '../users/password.ts';

const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!;

/** A temporary password that meets the pool's policy, as AdminCreateUser generates when none is given. */
export function generateTemporaryPassword(pool: UserPoolRecord): string {
  const policy = passwordPolicyOf(pool);
  const lower = 'abcdefghijkmnopqrstuvwxyz';
  const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const symbols = '!@#$%^&*-_=+?';
  const chars = [pick(lower), pick(upper), pick(digits), pick(symbols)];
  const all = lower + upper + digits;
  while (chars.length < Math.max(policy.MinimumLength, 12)) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
