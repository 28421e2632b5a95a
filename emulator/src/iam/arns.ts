/** ARNs the emulator prints for its principals, as AWS would for the console's IAM roles. */

/** `admin` -> `CognitoConsoleAdmin`: the IAM role name behind a console role. */
export function roleName(role: string): string {
  return `CognitoConsole${role.charAt(0).toUpperCase()}${role.slice(1)}`;
}

export function roleArn(accountId: string, role: string): string {
  return `arn:aws:iam::${accountId}:role/${roleName(role)}`;
}

/** The caller identity of identity-pool credentials (STS AssumeRoleWithWebIdentity session). */
export function assumedRoleArn(accountId: string, role: string): string {
  return `arn:aws:sts::${accountId}:assumed-role/${roleName(role)}/CognitoIdentityCredentials`;
}

/** The caller identity of a static key from the emulator's config. */
export function staticUserArn(accountId: string, role: string): string {
  return `arn:aws:iam::${accountId}:user/emulator-${role}`;
}
