import type { RequestContext } from '../protocol/context.ts';
import { AwsError, notAuthorized, userNotFound } from '../protocol/errors.ts';
import { issueTokens, redeemRefreshToken } from '../tokens/issue.ts';
import { getAttribute } from '../user-admin/attributes.ts';
import { findUser } from '../user-admin/find-user.ts';
import { createServerEphemeral, createVerifier } from './srp-server.ts';
import {
  authMethodNotSupported,
  flowNotEnabled,
  incorrectCredentials,
  missingParameter,
  passwordResetRequired,
  userDisabled,
} from './auth-errors.ts';
import { seal } from './sealed.ts';
import { checkSecretHash } from './secret-hash.ts';
import {
  afterPasswordVerified,
  allowsFlow,
  fakeSalt,
  resolveClient,
  sessionExpiry,
  type ClientContext,
} from './sign-in.ts';

interface InitiateAuthInput {
  AuthFlow: string;
  ClientId: string;
  AuthParameters?: Record<string, string>;
}

/** What PASSWORD_VERIFIER's SECRET_BLOCK carries, sealed. */
export interface SrpSecretBlock {
  kind: 'SRP';
  poolId: string;
  clientId: string;
  /** Undefined for a user that does not exist (the challenge is a decoy). */
  username?: string;
  /** The client's SRP_A: RespondToAuthChallenge does not send it again. */
  A: string;
  b: string;
  B: string;
  expires: number;
}

function required(parameters: Record<string, string>, name: string): string {
  const value = parameters[name];
  if (value === undefined || value === '') throw missingParameter(name);
  return value;
}

function unknownUser(client: ClientContext['client']): never {
  if (client.PreventUserExistenceErrors === 'ENABLED') throw incorrectCredentials();
  throw userNotFound();
}

function userSrpAuth(
  ctx: RequestContext,
  target: ClientContext,
  parameters: Record<string, string>,
) {
  const { pool, client } = target;
  const name = required(parameters, 'USERNAME');
  const srpA = required(parameters, 'SRP_A');
  const user = findUser(pool, name);
  checkSecretHash(client, [name, ...(user ? [user.Username] : [])], parameters.SECRET_HASH);

  const usable = user && user.password && user.UserStatus !== 'EXTERNAL_PROVIDER';
  if (!usable && client.PreventUserExistenceErrors !== 'ENABLED') throw userNotFound();
  if (usable && user.UserStatus === 'RESET_REQUIRED') throw passwordResetRequired();

  // A user that cannot sign in with a password gets a decoy challenge that always fails.
  const salt = usable ? user.password!.salt : fakeSalt(pool.pool.Id, name);
  const verifier = usable
    ? user.password!.verifier
    : createVerifier(pool.pool.Id, name, 'decoy', salt).verifier;
  const { b, B } = createServerEphemeral(verifier);
  const userId = usable ? user.Username : name;
  const block: SrpSecretBlock = {
    kind: 'SRP',
    poolId: pool.pool.Id,
    clientId: client.ClientId,
    ...(usable ? { username: user.Username } : {}),
    A: srpA,
    b,
    B,
    expires: sessionExpiry(ctx, client),
  };
  return {
    ChallengeName: 'PASSWORD_VERIFIER',
    ChallengeParameters: {
      SALT: salt,
      SECRET_BLOCK: seal(block),
      SRP_B: B,
      USERNAME: userId,
      USER_ID_FOR_SRP: userId,
    },
  };
}

/** USER_PASSWORD_AUTH, and the admin flows that also send the password itself. */
async function passwordAuth(
  ctx: RequestContext,
  target: ClientContext,
  parameters: Record<string, string>,
) {
  const { pool, client } = target;
  const name = required(parameters, 'USERNAME');
  const password = required(parameters, 'PASSWORD');
  const user = findUser(pool, name);
  checkSecretHash(client, [name, ...(user ? [user.Username] : [])], parameters.SECRET_HASH);
  if (!user || !user.password || user.UserStatus === 'EXTERNAL_PROVIDER') unknownUser(client);
  if (user.UserStatus === 'RESET_REQUIRED') throw passwordResetRequired();
  const { verifier } = createVerifier(pool.pool.Id, user.Username, password, user.password.salt);
  if (verifier !== user.password.verifier) throw incorrectCredentials();
  return afterPasswordVerified(ctx, target, user, parameters.DEVICE_KEY);
}

async function refreshTokenAuth(
  ctx: RequestContext,
  target: ClientContext,
  parameters: Record<string, string>,
) {
  const { pool, client } = target;
  if (!allowsFlow(client, 'ALLOW_REFRESH_TOKEN_AUTH')) throw flowNotEnabled();
  const token = required(parameters, 'REFRESH_TOKEN');
  const record = redeemRefreshToken(ctx, token, client.ClientId);
  const user = record.poolId === pool.pool.Id ? pool.users.get(record.username) : undefined;
  if (!user) throw notAuthorized('Invalid Refresh Token');
  const names = [
    user.Username,
    getAttribute(user, 'sub') ?? '',
    ...(parameters.USERNAME ? [parameters.USERNAME] : []),
  ];
  checkSecretHash(client, names, parameters.SECRET_HASH);
  if (!user.Enabled) throw userDisabled();
  return {
    ChallengeParameters: {},
    AuthenticationResult: await issueTokens(ctx, pool, client.ClientId, user, {
      withRefreshToken: false,
      // Refreshed tokens belong to the refresh token's session: RevokeToken ends them too.
      originJti: record.originJti,
    }),
  };
}

/**
 * CUSTOM_AUTH runs the pool's DefineAuthChallenge, CreateAuthChallenge and
 * VerifyAuthChallengeResponse Lambda functions; without them AWS refuses the flow. The emulator
 * runs no Lambda functions, so a pool that has them gets the error AWS gives when it cannot
 * invoke one.
 */
function customAuth(target: ClientContext, parameters: Record<string, string>): never {
  if (!allowsFlow(target.client, 'ALLOW_CUSTOM_AUTH')) throw flowNotEnabled();
  required(parameters, 'USERNAME');
  const triggers = (target.pool.pool.LambdaConfig as Record<string, unknown> | undefined) ?? {};
  if (!triggers.DefineAuthChallenge) {
    throw new AwsError(
      'InvalidParameterException',
      'Custom auth lambda trigger is not configured for the user pool.',
    );
  }
  throw new AwsError(
    'UnexpectedLambdaException',
    'The Cognito emulator does not invoke Lambda triggers: DefineAuthChallenge cannot run.',
  );
}

export type SignInCaller = 'public' | 'admin';

/** The first step of a sign-in, for InitiateAuth and AdminInitiateAuth alike. */
export async function startSignIn(
  ctx: RequestContext,
  target: ClientContext,
  flow: string,
  parameters: Record<string, string>,
  caller: SignInCaller,
) {
  switch (flow) {
    case 'USER_SRP_AUTH':
      if (!allowsFlow(target.client, 'ALLOW_USER_SRP_AUTH')) throw flowNotEnabled();
      return userSrpAuth(ctx, target, parameters);
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      return refreshTokenAuth(ctx, target, parameters);
    case 'CUSTOM_AUTH':
      return customAuth(target, parameters);
    case 'USER_PASSWORD_AUTH':
      if (caller === 'admin') throw authMethodNotSupported();
      if (!allowsFlow(target.client, 'ALLOW_USER_PASSWORD_AUTH')) {
        throw new AwsError(
          'InvalidParameterException',
          'USER_PASSWORD_AUTH flow not enabled for this client',
        );
      }
      return passwordAuth(ctx, target, parameters);
    case 'ADMIN_NO_SRP_AUTH':
    case 'ADMIN_USER_PASSWORD_AUTH':
      if (caller === 'public') throw authMethodNotSupported();
      if (
        !allowsFlow(target.client, 'ALLOW_ADMIN_USER_PASSWORD_AUTH') &&
        !allowsFlow(target.client, 'ADMIN_NO_SRP_AUTH')
      ) {
        throw flowNotEnabled();
      }
      return passwordAuth(ctx, target, parameters);
    case 'USER_AUTH':
      // Choice-based sign-in needs the Essentials tier and ALLOW_USER_AUTH on the client.
      if (!allowsFlow(target.client, 'ALLOW_USER_AUTH')) throw flowNotEnabled();
      throw new AwsError(
        'NotImplementedException',
        'The Cognito emulator does not implement the USER_AUTH flow yet.',
        501,
      );
    default:
      throw authMethodNotSupported();
  }
}

export async function initiateAuth(input: InitiateAuthInput, ctx: RequestContext) {
  const target = resolveClient(ctx, input.ClientId);
  return startSignIn(ctx, target, input.AuthFlow, input.AuthParameters ?? {}, 'public');
}
