import type { PasswordPolicyInput } from '../user-attributes/password-policy';
import type { PasswordCheck } from './render-hosted-page';

const symbols = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-'.split(''));

/**
 * The hosted sign-up page's password list for a pool's policy: each rule in the page's own words,
 * met or not by `password` (an empty password meets none).
 */
export function hostedPasswordChecks(
  policy: PasswordPolicyInput | undefined,
  password: string,
): PasswordCheck[] {
  const checks: PasswordCheck[] = [];
  if (policy?.RequireLowercase) {
    checks.push({
      text: 'Password must contain a lower case letter',
      valid: /[a-z]/.test(password),
    });
  }
  if (policy?.RequireUppercase) {
    checks.push({
      text: 'Password must contain an upper case letter',
      valid: /[A-Z]/.test(password),
    });
  }
  if (policy?.RequireNumbers) {
    checks.push({ text: 'Password must contain a number', valid: /[0-9]/.test(password) });
  }
  if (policy?.RequireSymbols) {
    checks.push({
      text: 'Password must contain a special character',
      valid: [...password].some((c) => symbols.has(c)),
    });
  }
  const minimum = policy?.MinimumLength ?? 8;
  checks.push({
    text: `Password must contain at least ${minimum} characters`,
    valid: password.length >= minimum,
  });
  return checks;
}
