export interface PasswordPolicyInput {
  MinimumLength?: number;
  RequireUppercase?: boolean;
  RequireLowercase?: boolean;
  RequireNumbers?: boolean;
  RequireSymbols?: boolean;
}

/** The special characters Cognito counts as symbols (plus a space that is not at either end). */
const symbols = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-'.split(''));

/** Cognito's own default when a pool has no policy. */
const defaultMinimumLength = 8;

/**
 * Everything the password lacks under the pool's policy, in words, or [] when it is acceptable.
 * Checked before sending so the admin sees all problems at once instead of AWS's first one.
 */
export function passwordPolicyProblems(
  password: string,
  policy: PasswordPolicyInput | undefined,
): string[] {
  const problems: string[] = [];
  const minimum = policy?.MinimumLength ?? defaultMinimumLength;
  if (password.length < minimum) problems.push(`at least ${minimum} characters`);
  if (password.length > 256) problems.push('at most 256 characters');
  if (password !== password.trim()) problems.push('no space at the start or end');
  if (policy?.RequireUppercase && !/[A-Z]/.test(password)) problems.push('an uppercase letter');
  if (policy?.RequireLowercase && !/[a-z]/.test(password)) problems.push('a lowercase letter');
  if (policy?.RequireNumbers && !/[0-9]/.test(password)) problems.push('a number');
  if (policy?.RequireSymbols && ![...password.trim()].some((c) => symbols.has(c) || c === ' ')) {
    problems.push('a symbol such as ! @ # $ %');
  }
  return problems;
}

/** One sentence for the field, or undefined when the password meets the policy. */
export function passwordPolicyMessage(
  password: string,
  policy: PasswordPolicyInput | undefined,
): string | undefined {
  const problems = passwordPolicyProblems(password, policy);
  return problems.length > 0
    ? `The pool's password policy needs ${problems.join(', ')}.`
    : undefined;
}

/** The policy in words, for the hint under a password field. */
export function describePasswordPolicy(policy: PasswordPolicyInput | undefined): string {
  const parts = [`at least ${policy?.MinimumLength ?? defaultMinimumLength} characters`];
  if (policy?.RequireUppercase) parts.push('an uppercase letter');
  if (policy?.RequireLowercase) parts.push('a lowercase letter');
  if (policy?.RequireNumbers) parts.push('a number');
  if (policy?.RequireSymbols) parts.push('a symbol');
  return `Password policy: ${parts.join(', ')}.`;
}
