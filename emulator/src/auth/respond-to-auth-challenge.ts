import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter, notAuthorized } from '../protocol/errors.ts';
import { assertPasswordConforms, passwordRecord } from '../users/password.ts';
import { respondDevicePasswordVerifier, respondDeviceSrpAuth } from '../devices/device-srp.ts';
import { findUser } from '../user-admin/find-user.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { incorrectCredentials, missingParameter } from './auth-errors.ts';
import type { SrpSecretBlock } from './initiate-auth.ts';
import { unseal } from './sealed.ts';
import { checkSecretHash } from './secret-hash.ts';
import {
  afterPasswordVerified,
  resolveClient,
  type ClientContext,
  type NewPasswordSession,
} from './sign-in.ts';
import { verifyPasswordClaim } from './srp-server.ts';
import { invalidSession } from './challenge-session.ts';
import { answerMfaCode, answerMfaSetup, answerSelectMfaType } from '../mfa/mfa-challenge.ts';

interface RespondInput {
  ClientId: string;
  ChallengeName: string;
  Session?: string;
  ChallengeResponses?: Record<string, string>;
}

// Sessions are single use; remembered until they would have expired anyway.
const usedSessions = new Map<string, number>();
function markUsed(id: string, expires: number, now: number): void {
  for (const [key, until] of usedSessions) if (until < now) usedSessions.delete(key);
  usedSessions.set(id, expires);
}

function required(responses: Record<string, string>, name: string): string {
  const value = responses[name];
  if (value === undefined || value === '') throw missingParameter(name);
  return value;
}

async function passwordVerifier(
  ctx: RequestContext,
  target: ClientContext,
  responses: Record<string, string>,
) {
  const { pool, client } = target;
  const name = required(responses, 'USERNAME');
  const secretBlock = required(responses, 'PASSWORD_CLAIM_SECRET_BLOCK');
  const signature = required(responses, 'PASSWORD_CLAIM_SIGNATURE');
  const timestamp = required(responses, 'TIMESTAMP');

  const block = unseal<SrpSecretBlock>(secretBlock);
  if (
    !block ||
    block.kind !== 'SRP' ||
    block.clientId !== client.ClientId ||
    block.poolId !== pool.pool.Id
  ) {
    throw incorrectCredentials();
  }
  if (block.expires < ctx.now)
    throw notAuthorized('Invalid session for the user, session is expired.');
  const user = block.username ? pool.users.get(block.username) : undefined;
  checkSecretHash(client, [name, ...(user ? [user.Username] : [])], responses.SECRET_HASH);
  if (!user?.password) throw incorrectCredentials();
  const named = findUser(pool, name);
  if (named && named.Username !== user.Username) throw incorrectCredentials();

  const ok = verifyPasswordClaim({
    userPoolId: pool.pool.Id,
    userIdForSrp: user.Username,
    verifierHex: user.password.verifier,
    A: block.A,
    b: block.b,
    B: block.B,
    secretBlock,
    timestamp,
    signature,
  });
  if (!ok) throw incorrectCredentials();
  return afterPasswordVerified(ctx, target, user, responses.DEVICE_KEY);
}

async function newPasswordRequired(
  ctx: RequestContext,
  target: ClientContext,
  sessionText: string | undefined,
  responses: Record<string, string>,
) {
  const { pool, client } = target;
  if (!sessionText) throw missingParameter('Session');
  const session = unseal<NewPasswordSession>(sessionText);
  if (
    !session ||
    session.kind !== 'NEW_PASSWORD_REQUIRED' ||
    session.clientId !== client.ClientId
  ) {
    throw notAuthorized('Invalid session for the user.');
  }
  if (session.expires < ctx.now)
    throw notAuthorized('Invalid session for the user, session is expired.');
  if (usedSessions.has(session.id)) {
    throw notAuthorized('Invalid session for the user, session can only be used once.');
  }
  const name = required(responses, 'USERNAME');
  const newPassword = required(responses, 'NEW_PASSWORD');
  const user = pool.users.get(session.username);
  if (!user) throw incorrectCredentials();
  const named = findUser(pool, name);
  if (!named || named.Username !== user.Username) throw incorrectCredentials();
  checkSecretHash(client, [name, user.Username], responses.SECRET_HASH);
  if (user.UserStatus !== 'FORCE_CHANGE_PASSWORD')
    throw notAuthorized('Invalid session for the user.');

  assertPasswordConforms(pool, newPassword);
  const updates = Object.entries(responses)
    .filter(([key]) => key.startsWith('userAttributes.'))
    .map(([key, value]) => ({ Name: key.slice('userAttributes.'.length), Value: value }));
  for (const { Name } of updates) {
    if (Name === 'sub' || Name.endsWith('_verified')) {
      throw invalidParameter(`Cannot modify an attribute: ${Name}`);
    }
  }

  markUsed(session.id, session.expires, ctx.now);
  updateUser(ctx, pool, user, () => {
    for (const update of updates) {
      const existing = user.Attributes.find((a) => a.Name === update.Name);
      if (existing) existing.Value = update.Value;
      else user.Attributes.push(update);
    }
    user.password = passwordRecord(pool.pool.Id, user.Username, newPassword, false, ctx.now);
    user.UserStatus = 'CONFIRMED';
  });
  return afterPasswordVerified(ctx, target, user);
}

/** Answers one challenge, for RespondToAuthChallenge and AdminRespondToAuthChallenge alike. */
export async function answerChallenge(
  ctx: RequestContext,
  target: ClientContext,
  challengeName: string,
  session: string | undefined,
  responses: Record<string, string>,
) {
  switch (challengeName) {
    case 'PASSWORD_VERIFIER':
      return passwordVerifier(ctx, target, responses);
    case 'NEW_PASSWORD_REQUIRED':
      return newPasswordRequired(ctx, target, session, responses);
    case 'SMS_MFA':
    case 'SOFTWARE_TOKEN_MFA':
      return answerMfaCode(ctx, target, challengeName, session, responses);
    case 'SELECT_MFA_TYPE':
      return answerSelectMfaType(ctx, target, session, responses);
    case 'MFA_SETUP':
      return answerMfaSetup(ctx, target, session, responses);
    case 'DEVICE_SRP_AUTH':
      return respondDeviceSrpAuth(ctx, target, session, responses);
    case 'DEVICE_PASSWORD_VERIFIER':
      return respondDevicePasswordVerifier(ctx, target, responses);
    default:
      // Every other challenge (CUSTOM_CHALLENGE without Lambda triggers, the choice-based ones)
      // is never issued here, so no session can answer it.
      if (!session) throw missingParameter('Session');
      throw invalidSession();
  }
}

export async function respondToAuthChallenge(input: RespondInput, ctx: RequestContext) {
  const target = resolveClient(ctx, input.ClientId);
  return answerChallenge(
    ctx,
    target,
    input.ChallengeName,
    input.Session,
    input.ChallengeResponses ?? {},
  );
}
