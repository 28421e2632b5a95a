import {
  newChallengeSession,
  openChallengeSession,
  sealSession,
  type ChallengeSession,
} from '../auth/challenge-session.ts';
import type { RequestContext } from '../protocol/context.ts';
import { AwsError, invalidParameter } from '../protocol/errors.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { userOfAccessToken } from '../user-self/access-token.ts';
import { softwareTokenNotFound } from './mfa-challenge.ts';
import { poolFactors } from './mfa-factors.ts';
import { newTotpSecret, verifyTotp } from './totp.ts';

interface TokenOrSession {
  AccessToken?: string;
  Session?: string;
}

/**
 * The user either credential names: a signed-in user's access token, or the Session of an MFA_SETUP
 * challenge (a user who must set up MFA before they can sign in).
 */
async function userOf(
  ctx: RequestContext,
  input: TokenOrSession,
): Promise<{ pool: UserPoolRecord; user: UserRecord; session?: ChallengeSession }> {
  if (input.AccessToken) return userOfAccessToken(ctx, input.AccessToken);
  if (input.Session) return openChallengeSession(ctx, input.Session, ['MFA_SETUP']);
  throw invalidParameter('Either AccessToken or Session must be provided.');
}

/** The next Session of an MFA_SETUP challenge, for the same user, client and expiry. */
function nextSession(
  ctx: RequestContext,
  pool: UserPoolRecord,
  user: UserRecord,
  session: ChallengeSession,
  verified: boolean,
): string {
  const client = pool.clients.get(session.clientId);
  if (!client) throw invalidParameter('Invalid session for the user.');
  const next = newChallengeSession(ctx, { pool, client }, user, 'MFA_SETUP', { verified });
  return sealSession({ ...next, expires: session.expires });
}

/** AssociateSoftwareToken: a new TOTP secret for the user's authenticator app, pending verification. */
export async function associateSoftwareToken(input: TokenOrSession, ctx: RequestContext) {
  const { pool, user, session } = await userOf(ctx, input);
  if (!poolFactors(pool).includes('SOFTWARE_TOKEN_MFA')) {
    throw new AwsError(
      'SoftwareTokenMFANotFoundException',
      'Software token MFA is not enabled for the user pool.',
    );
  }
  const secret = newTotpSecret();
  updateUser(
    ctx,
    pool,
    user,
    () => {
      user.softwareToken = { ...user.softwareToken, pendingSecret: secret };
    },
    { stamp: false },
  );
  return {
    SecretCode: secret,
    ...(session ? { Session: nextSession(ctx, pool, user, session, false) } : {}),
  };
}

/**
 * VerifySoftwareToken: a code from the authenticator proves the pending secret, which becomes the
 * user's authenticator. Turning TOTP MFA on is SetUserMFAPreference's job, or MFA_SETUP's answer.
 */
export async function verifySoftwareToken(
  input: TokenOrSession & { UserCode: string; FriendlyDeviceName?: string },
  ctx: RequestContext,
) {
  const { pool, user, session } = await userOf(ctx, input);
  const pending = user.softwareToken?.pendingSecret;
  if (!pending) throw softwareTokenNotFound();
  if (!verifyTotp(pending, input.UserCode, ctx.now)) {
    throw new AwsError(
      'EnableSoftwareTokenMFAException',
      'Code mismatch and fail enable Software Token MFA',
    );
  }
  updateUser(ctx, pool, user, () => {
    user.softwareToken = {
      secret: pending,
      ...(input.FriendlyDeviceName ? { friendlyName: input.FriendlyDeviceName } : {}),
    };
  });
  return {
    Status: 'SUCCESS',
    ...(session ? { Session: nextSession(ctx, pool, user, session, true) } : {}),
  };
}
