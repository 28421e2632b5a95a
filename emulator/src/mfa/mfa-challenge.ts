import { findUser } from '../user-admin/find-user.ts';
import { getAttribute } from '../user-admin/attributes.ts';
import { newCode } from '../user-admin/messages.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { maskedDestination, MAX_FAILED_ATTEMPTS } from '../user-self/codes.ts';
import { sendMessage } from '../outbox/outbox.ts';
import type { RequestContext } from '../protocol/context.ts';
import { AwsError, invalidParameter } from '../protocol/errors.ts';
import type { UserRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { incorrectCredentials, missingParameter } from '../auth/auth-errors.ts';
import {
  invalidSession,
  newChallengeSession,
  openChallengeSession,
  sealSession,
  useSessionOnce,
  type ChallengeSession,
  type MfaChallengeName,
} from '../auth/challenge-session.ts';
import { checkSecretHash } from '../auth/secret-hash.ts';
import { signedIn, type ClientContext } from '../auth/sign-in.ts';
import { poolFactors, poolMfaMode, userMfaMethods, type MfaMethod } from './mfa-factors.ts';
import { verifyTotp } from './totp.ts';

const DEFAULT_SMS_MESSAGE = 'Your authentication code is {####}. ';

export const mfaCodeMismatch = () =>
  new AwsError('CodeMismatchException', 'Invalid code or auth state for the user.');
export const softwareTokenNotFound = () =>
  new AwsError(
    'SoftwareTokenMFANotFoundException',
    'Software Token MFA does not exist for the user.',
  );

function challenge(
  name: MfaChallengeName,
  session: ChallengeSession,
  parameters: Record<string, string>,
) {
  return {
    ChallengeName: name,
    Session: sealSession(session),
    ChallengeParameters: { ...parameters, USER_ID_FOR_SRP: session.username },
  };
}

/** Sends the SMS code or arms the authenticator check, and asks for the code. */
export function startMfaChallenge(
  ctx: RequestContext,
  target: ClientContext,
  user: UserRecord,
  method: MfaMethod,
) {
  const session = newChallengeSession(ctx, target, user, method);
  const phone = getAttribute(user, 'phone_number');
  const code = method === 'SMS_MFA' ? newCode() : undefined;
  updateUser(
    ctx,
    target.pool,
    user,
    () => {
      user.mfaChallenge = {
        sessionId: session.id,
        method,
        ...(code ? { code } : {}),
        expiresAt: Math.floor(session.expires / 1000),
        failedAttempts: 0,
      };
    },
    { stamp: false },
  );
  if (method === 'SOFTWARE_TOKEN_MFA') {
    const name = user.softwareToken?.friendlyName;
    return challenge(method, session, name ? { FRIENDLY_DEVICE_NAME: name } : {});
  }
  const template =
    (target.pool.pool.SmsAuthenticationMessage as string | undefined) ?? DEFAULT_SMS_MESSAGE;
  sendMessage({
    to: phone!,
    medium: 'SMS',
    kind: 'mfa-code',
    poolId: target.pool.pool.Id,
    username: user.Username,
    code,
    sentAt: epochSeconds(ctx.now),
    subject: 'Your authentication code',
    body: template.replaceAll('{####}', code!),
  });
  return challenge(method, session, {
    CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
    CODE_DELIVERY_DESTINATION: maskedDestination({ to: phone!, medium: 'SMS' }),
  });
}

/**
 * The MFA step after a proven password, or undefined when the user signs in without one: per the
 * pool's MfaConfiguration, the factors the user has, and the preferred one. A user who must use
 * MFA and has no factor yet is asked to set one up.
 */
export function mfaStep(ctx: RequestContext, target: ClientContext, user: UserRecord) {
  const mode = poolMfaMode(target.pool);
  if (mode === 'OFF') return undefined;
  const methods = userMfaMethods(target.pool, user);
  if (methods.length === 0) {
    if (mode === 'OPTIONAL') return undefined;
    const session = newChallengeSession(ctx, target, user, 'MFA_SETUP');
    return challenge('MFA_SETUP', session, {
      MFAS_CAN_SETUP: JSON.stringify(poolFactors(target.pool)),
    });
  }
  const preferred = user.preferredMfa as MfaMethod | undefined;
  if (preferred && methods.includes(preferred)) {
    return startMfaChallenge(ctx, target, user, preferred);
  }
  if (methods.length === 1) return startMfaChallenge(ctx, target, user, methods[0]!);
  const session = newChallengeSession(ctx, target, user, 'SELECT_MFA_TYPE', { choices: methods });
  return challenge('SELECT_MFA_TYPE', session, { MFAS_CAN_CHOOSE: JSON.stringify(methods) });
}

function required(responses: Record<string, string>, name: string): string {
  const value = responses[name];
  if (value === undefined || value === '') throw missingParameter(name);
  return value;
}

/** The session answered, checked against the app client, the USERNAME and SECRET_HASH sent. */
function answeredSession(
  ctx: RequestContext,
  target: ClientContext,
  sessionText: string | undefined,
  responses: Record<string, string>,
  kind: MfaChallengeName,
) {
  if (!sessionText) throw missingParameter('Session');
  const { session, user } = openChallengeSession(ctx, sessionText, [kind], target.client.ClientId);
  const name = required(responses, 'USERNAME');
  const named = findUser(target.pool, name);
  if (!named || named.Username !== user.Username) throw incorrectCredentials();
  checkSecretHash(target.client, [name, user.Username], responses.SECRET_HASH);
  return { session, user };
}

/** SMS_MFA and SOFTWARE_TOKEN_MFA: the code, its wrong tries counted durably. */
export async function answerMfaCode(
  ctx: RequestContext,
  target: ClientContext,
  method: MfaMethod,
  sessionText: string | undefined,
  responses: Record<string, string>,
) {
  const { session, user } = answeredSession(ctx, target, sessionText, responses, method);
  const code = required(
    responses,
    method === 'SMS_MFA' ? 'SMS_MFA_CODE' : 'SOFTWARE_TOKEN_MFA_CODE',
  );
  const pending = user.mfaChallenge;
  if (!pending || pending.sessionId !== session.id || pending.method !== method) {
    throw invalidSession();
  }
  if (pending.failedAttempts >= MAX_FAILED_ATTEMPTS) throw invalidSession();
  let ok: boolean;
  if (method === 'SMS_MFA') {
    ok = pending.code === code;
  } else {
    const secret = user.softwareToken?.secret;
    if (!secret) throw softwareTokenNotFound();
    ok = verifyTotp(secret, code, ctx.now);
  }
  if (!ok) {
    updateUser(ctx, target.pool, user, () => void (pending.failedAttempts += 1), { stamp: false });
    throw mfaCodeMismatch();
  }
  updateUser(ctx, target.pool, user, () => delete user.mfaChallenge, { stamp: false });
  return signedIn(ctx, target, user);
}

/** SELECT_MFA_TYPE: the factor picked starts its own challenge. */
export function answerSelectMfaType(
  ctx: RequestContext,
  target: ClientContext,
  sessionText: string | undefined,
  responses: Record<string, string>,
) {
  const { session, user } = answeredSession(ctx, target, sessionText, responses, 'SELECT_MFA_TYPE');
  const answer = required(responses, 'ANSWER');
  if (!session.choices?.includes(answer as MfaMethod)) {
    throw invalidParameter(`Invalid value for ANSWER: ${answer}`);
  }
  useSessionOnce(session, ctx.now);
  return startMfaChallenge(ctx, target, user, answer as MfaMethod);
}

/**
 * MFA_SETUP, answered with the Session VerifySoftwareToken returned: the authenticator becomes the
 * user's TOTP factor (preferred unless another is), and the user is signed in.
 */
export async function answerMfaSetup(
  ctx: RequestContext,
  target: ClientContext,
  sessionText: string | undefined,
  responses: Record<string, string>,
) {
  const { session, user } = answeredSession(ctx, target, sessionText, responses, 'MFA_SETUP');
  if (!session.verified || !user.softwareToken?.secret) throw invalidSession();
  useSessionOnce(session, ctx.now);
  updateUser(ctx, target.pool, user, () => {
    const methods = new Set(user.mfaMethods ?? []);
    methods.add('SOFTWARE_TOKEN_MFA');
    user.mfaMethods = [...methods];
    user.preferredMfa ??= 'SOFTWARE_TOKEN_MFA';
  });
  return signedIn(ctx, target, user);
}
