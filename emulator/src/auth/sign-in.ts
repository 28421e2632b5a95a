import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { RequestContext } from '../protocol/context.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { issueSignInTokens, rememberedDeviceChallenge } from '../devices/sign-in-device.ts';
import { findClient, type AppClientRecord } from '../users/clients.ts';
import { passwordPolicyOf } from '../users/password.ts';
import {
  clientNotFound,
  passwordResetRequired,
  userDisabled,
  userNotConfirmed,
} from './auth-errors.ts';
import { seal } from './sealed.ts';
import { notAuthorized } from '../protocol/errors.ts';
import type { SchemaAttribute } from '../userpools/schema.ts';
import { mfaStep } from '../mfa/mfa-challenge.ts';

export interface ClientContext {
  pool: UserPoolRecord;
  client: AppClientRecord;
}

export function resolveClient(ctx: RequestContext, clientId: string): ClientContext {
  const found = findClient(ctx.store.state, clientId);
  if (!found) throw clientNotFound(clientId);
  return found;
}

export function allowsFlow(client: AppClientRecord, flow: string): boolean {
  const flows = (client.ExplicitAuthFlows as string[] | undefined) ?? [];
  return flows.includes(flow);
}

/** Minutes a challenge session lasts (the client's AuthSessionValidity, 3 by default). */
export function sessionExpiry(ctx: RequestContext, client: AppClientRecord): number {
  return ctx.now + Number(client.AuthSessionValidity ?? 3) * 60_000;
}

/** What a NEW_PASSWORD_REQUIRED Session carries. */
export interface NewPasswordSession {
  kind: 'NEW_PASSWORD_REQUIRED';
  id: string;
  poolId: string;
  clientId: string;
  username: string;
  expires: number;
}

function newPasswordChallenge(
  ctx: RequestContext,
  { pool, client }: ClientContext,
  user: UserRecord,
) {
  const session: NewPasswordSession = {
    kind: 'NEW_PASSWORD_REQUIRED',
    id: randomUUID(),
    poolId: pool.pool.Id,
    clientId: client.ClientId,
    username: user.Username,
    expires: sessionExpiry(ctx, client),
  };
  const attributes = Object.fromEntries(
    user.Attributes.filter((a) => a.Name !== 'sub').map((a) => [a.Name, a.Value]),
  );
  const missingRequired = ((pool.pool.SchemaAttributes as SchemaAttribute[] | undefined) ?? [])
    .filter((a) => a.Required && a.Name !== 'sub' && attributes[a.Name] === undefined)
    .map((a) => `userAttributes.${a.Name}`);
  return {
    ChallengeName: 'NEW_PASSWORD_REQUIRED',
    Session: seal(session),
    ChallengeParameters: {
      USER_ID_FOR_SRP: user.Username,
      requiredAttributes: JSON.stringify(missingRequired),
      userAttributes: JSON.stringify(attributes),
    },
  };
}

/**
 * The outcome once the password is proven: AWS's status errors, the new-password challenge, the
 * MFA challenge, or tokens. Every sign-in flow decides its next step here.
 */
export async function afterPasswordVerified(
  ctx: RequestContext,
  target: ClientContext,
  user: UserRecord,
  deviceKey?: string,
) {
  if (!user.Enabled) throw userDisabled();
  switch (user.UserStatus) {
    case 'UNCONFIRMED':
      throw userNotConfirmed();
    case 'RESET_REQUIRED':
      throw passwordResetRequired();
    case 'FORCE_CHANGE_PASSWORD': {
      const days = passwordPolicyOf(target.pool).TemporaryPasswordValidityDays;
      const setAt = user.password?.setAt ?? user.UserCreateDate;
      if (setAt * 1000 + days * 86_400_000 < ctx.now) {
        throw notAuthorized(
          'Temporary password has expired and must be reset by an administrator.',
        );
      }
      return newPasswordChallenge(ctx, target, user);
    }
    default: {
      // A remembered device proves itself with device SRP instead of MFA.
      const deviceChallenge = rememberedDeviceChallenge(ctx, target, user, deviceKey);
      if (deviceChallenge) return deviceChallenge;
      return mfaStep(ctx, target, user) ?? signedIn(ctx, target, user, deviceKey);
    }
  }
}

/** The end of every sign-in that proves the user (password, then MFA if asked): the tokens. */
export async function signedIn(
  ctx: RequestContext,
  target: ClientContext,
  user: UserRecord,
  deviceKey?: string,
) {
  return {
    ChallengeParameters: {},
    AuthenticationResult: await issueSignInTokens(
      ctx,
      target.pool,
      target.client.ClientId,
      user,
      deviceKey,
    ),
  };
}

// Salts handed out for users that do not exist must not change between attempts, or the
// difference would tell that the user does not exist.
const fakeSaltKey = randomBytes(32);
export function fakeSalt(poolId: string, name: string): string {
  return createHmac('sha256', fakeSaltKey).update(`${poolId}/${name}`).digest('hex').slice(0, 32);
}
