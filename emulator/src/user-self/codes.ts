import { AwsError } from '../protocol/errors.ts';
import { sendMessage } from '../outbox/outbox.ts';
import type { CodeRecord, UserPoolRecord, UserRecord } from '../store/types.ts';
import { newCode } from '../user-admin/messages.ts';

/** Sign-up and attribute verification codes last 24 hours; password reset codes one hour. */
export const VERIFICATION_CODE_TTL_SECONDS = 24 * 3600;
export const RESET_CODE_TTL_SECONDS = 3600;
/**
 * Wrong codes accepted before the code is locked. AWS documents a limit without its number; five
 * is what users observe.
 */
export const MAX_FAILED_ATTEMPTS = 5;

export const codeMismatch = () =>
  new AwsError('CodeMismatchException', 'Invalid verification code provided, please try again.');
export const expiredCode = () =>
  new AwsError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
export const attemptLimitExceeded = () =>
  new AwsError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');

export interface Destination {
  to: string;
  medium: 'EMAIL' | 'SMS';
  attribute: 'email' | 'phone_number';
}

export const newCodeRecord = (
  nowSeconds: number,
  ttlSeconds: number,
  attribute?: Destination['attribute'],
): CodeRecord => ({
  code: newCode(),
  expiresAt: Math.floor(nowSeconds) + ttlSeconds,
  ...(attribute ? { attribute } : {}),
  failedAttempts: 0,
});

export type CodeCheck = 'ok' | 'mismatch' | 'expired' | 'locked';

/** Checks a code the user typed against the one sent; the caller records a mismatch. */
export function checkCode(
  record: CodeRecord | undefined,
  given: string,
  nowSeconds: number,
): CodeCheck {
  if (!record) return 'expired';
  if ((record.failedAttempts ?? 0) >= MAX_FAILED_ATTEMPTS) return 'locked';
  if (record.code !== given) return 'mismatch';
  if (record.expiresAt <= nowSeconds) return 'expired';
  return 'ok';
}

export function codeError(check: Exclude<CodeCheck, 'ok'>): AwsError {
  if (check === 'locked') return attemptLimitExceeded();
  if (check === 'expired') return expiredCode();
  return codeMismatch();
}

/** How AWS shows where a code went: `j***@e***` for email, the last four digits for a phone. */
export function maskedDestination(destination: Pick<Destination, 'to' | 'medium'>): string {
  if (destination.medium === 'SMS') return `+*******${destination.to.slice(-4)}`;
  const [local = '', domain = ''] = destination.to.split('@');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}

export function codeDeliveryDetails(destination: Destination) {
  return {
    Destination: maskedDestination(destination),
    DeliveryMedium: destination.medium,
    AttributeName: destination.attribute,
  };
}

interface VerificationTemplate {
  SmsMessage?: string;
  EmailMessage?: string;
  EmailSubject?: string;
}

/** Sends a code with the pool's VerificationMessageTemplate (its {####} replaced by the code). */
export function sendVerificationMessage(
  pool: UserPoolRecord,
  user: UserRecord,
  destination: Destination,
  kind: 'sign-up-code' | 'reset-code' | 'verification-code',
  code: string,
  nowSeconds: number,
): void {
  const template =
    (pool.pool.VerificationMessageTemplate as VerificationTemplate | undefined) ?? {};
  const fallback =
    kind === 'reset-code'
      ? `Your password reset code is {####}`
      : 'Your verification code is {####}. ';
  const body =
    (destination.medium === 'SMS' ? template.SmsMessage : template.EmailMessage) ?? fallback;
  sendMessage({
    to: destination.to,
    medium: destination.medium,
    kind,
    poolId: pool.pool.Id,
    username: user.Username,
    code,
    sentAt: nowSeconds,
    subject: template.EmailSubject ?? 'Your verification code',
    body: body.replaceAll('{####}', code).replaceAll('{username}', user.Username),
  });
}
