import { createVerifier } from '../auth/srp-server.ts';
import { AwsError } from '../protocol/errors.ts';
import type { PasswordRecord, UserPoolRecord } from '../store/types.ts';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '../userpools/pool-config.ts';
import { epochSeconds } from '../userpools/pool-store.ts';

/** The special characters Cognito counts as symbols. */
const SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-'.split(''));

export function passwordPolicyOf(record: UserPoolRecord): PasswordPolicy {
  const policies = record.pool.Policies as { PasswordPolicy?: PasswordPolicy } | undefined;
  return policies?.PasswordPolicy ?? DEFAULT_PASSWORD_POLICY;
}

/** AWS's reason a password breaks the policy, or undefined when it conforms. */
export function passwordPolicyViolation(
  policy: PasswordPolicy,
  password: string,
): string | undefined {
  if (!/^\S(.*\S)?$/su.test(password)) {
    return 'Password must satisfy regular expression pattern: ^\\S.*\\S$';
  }
  if ([...password].length < policy.MinimumLength) return 'Password not long enough';
  if (policy.RequireLowercase && !/\p{Ll}/u.test(password))
    return 'Password must have lowercase characters';
  if (policy.RequireUppercase && !/\p{Lu}/u.test(password))
    return 'Password must have uppercase characters';
  if (policy.RequireNumbers && !/[0-9]/.test(password))
    return 'Password must have numeric characters';
  if (policy.RequireSymbols && ![...password].some((c) => SYMBOLS.has(c))) {
    return 'Password must have symbol characters';
  }
  return undefined;
}

export function assertPasswordConforms(record: UserPoolRecord, password: string): void {
  const violation = passwordPolicyViolation(passwordPolicyOf(record), password);
  if (violation) {
    throw new AwsError(
      'InvalidPasswordException',
      `Password did not conform with policy: ${violation}`,
    );
  }
}

/** What is stored for a password: salt and SRP verifier under the user's real username. */
export function passwordRecord(
  poolId: string,
  username: string,
  password: string,
  temporary: boolean,
  nowMs: number,
): PasswordRecord {
  return { ...createVerifier(poolId, username, password), temporary, setAt: epochSeconds(nowMs) };
}
