import { randomInt } from 'node:crypto';
import { sendMessage } from '../outbox/outbox.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { getAttribute } from './attributes.ts';

interface InviteTemplate {
  SMSMessage?: string;
  EmailMessage?: string;
  EmailSubject?: string;
}

export const newCode = () => String(randomInt(1_000_000)).padStart(6, '0');

function fill(template: string, username: string, code: string): string {
  return template.replaceAll('{username}', username).replaceAll('{####}', code);
}

/** The invitation AdminCreateUser sends: username and temporary password, by each medium asked for. */
export function sendInvitation(
  pool: UserPoolRecord,
  user: UserRecord,
  password: string,
  mediums: string[],
  nowSeconds: number,
): void {
  const config = pool.pool.AdminCreateUserConfig as
    { InviteMessageTemplate?: InviteTemplate } | undefined;
  const template = config?.InviteMessageTemplate ?? {};
  const common = {
    kind: 'invitation',
    poolId: pool.pool.Id,
    username: user.Username,
    code: password,
    sentAt: nowSeconds,
  };
  const email = getAttribute(user, 'email');
  if (mediums.includes('EMAIL') && email) {
    sendMessage({
      ...common,
      to: email,
      medium: 'EMAIL',
      subject: template.EmailSubject ?? 'Your temporary password',
      body: fill(
        template.EmailMessage ?? 'Your username is {username} and temporary password is {####}.',
        user.Username,
        password,
      ),
    });
  }
  const phone = getAttribute(user, 'phone_number');
  if (mediums.includes('SMS') && phone) {
    sendMessage({
      ...common,
      to: phone,
      medium: 'SMS',
      subject: 'Your temporary password',
      body: fill(
        template.SMSMessage ?? 'Your username is {username} and temporary password is {####}.',
        user.Username,
        password,
      ),
    });
  }
}

/** Where a code goes: the verified email first, else the verified phone (AccountRecoverySetting's default). */
export function verifiedDestination(
  user: UserRecord,
): { to: string; medium: 'EMAIL' | 'SMS'; attribute: string } | undefined {
  const email = getAttribute(user, 'email');
  if (email && getAttribute(user, 'email_verified') === 'true')
    return { to: email, medium: 'EMAIL', attribute: 'email' };
  const phone = getAttribute(user, 'phone_number');
  if (phone && getAttribute(user, 'phone_number_verified') === 'true') {
    return { to: phone, medium: 'SMS', attribute: 'phone_number' };
  }
  return undefined;
}

export function sendCode(
  pool: UserPoolRecord,
  user: UserRecord,
  destination: { to: string; medium: 'EMAIL' | 'SMS' },
  kind: 'reset-code' | 'verification-code',
  code: string,
  nowSeconds: number,
): void {
  sendMessage({
    ...destination,
    kind,
    poolId: pool.pool.Id,
    username: user.Username,
    code,
    sentAt: nowSeconds,
    subject: kind === 'reset-code' ? 'Your password reset code' : 'Your verification code',
    body:
      kind === 'reset-code'
        ? `Your password reset code is ${code}`
        : `Your verification code is ${code}`,
  });
}
