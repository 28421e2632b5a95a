/**
 * What the sign-in tester's trace shows of a request or an answer: everything but secrets. Each
 * secret becomes a placeholder naming what it was, the same placeholder the AWS CLI export asks
 * the reader to fill in.
 */

const placeholders: ReadonlyMap<string, string> = new Map([
  // Request fields
  ['Password', '<password>'],
  ['PreviousPassword', '<previous-password>'],
  ['ProposedPassword', '<new-password>'],
  ['ConfirmationCode', '<code>'],
  ['Code', '<code>'],
  ['UserCode', '<totp-code>'],
  ['SecretHash', '<secret-hash>'],
  ['AccessToken', '<access-token>'],
  ['Token', '<refresh-token>'],
  ['Session', '<session>'],
  // AuthParameters and ChallengeResponses
  ['PASSWORD', '<password>'],
  ['NEW_PASSWORD', '<new-password>'],
  ['SECRET_HASH', '<secret-hash>'],
  ['REFRESH_TOKEN', '<refresh-token>'],
  ['SMS_MFA_CODE', '<mfa-code>'],
  ['SOFTWARE_TOKEN_MFA_CODE', '<mfa-code>'],
  ['EMAIL_OTP_CODE', '<mfa-code>'],
  ['PASSWORD_CLAIM_SIGNATURE', '<srp-signature>'],
  ['PASSWORD_CLAIM_SECRET_BLOCK', '<secret-block>'],
  ['SRP_A', '<srp-a>'],
  // Answers
  ['IdToken', '<id-token>'],
  ['RefreshToken', '<refresh-token>'],
  ['SecretCode', '<totp-secret>'],
  ['SECRET_BLOCK', '<secret-block>'],
  ['SRP_B', '<srp-b>'],
]);

export const REDACTED_KEYS: ReadonlySet<string> = new Set(placeholders.keys());

/** A deep copy with every secret replaced by its placeholder; the SDK's $metadata is dropped. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$metadata' || inner === undefined) continue;
    const placeholder = placeholders.get(key);
    copy[key] =
      placeholder !== undefined && typeof inner === 'string' ? placeholder : redact(inner);
  }
  return copy;
}

/** True when no secret of `secrets` appears anywhere in the redacted value. */
export function containsAny(redacted: unknown, secrets: readonly string[]): boolean {
  const text = JSON.stringify(redacted);
  return secrets.some((secret) => secret !== '' && text.includes(secret));
}
