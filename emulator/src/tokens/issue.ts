import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import type { RequestContext } from '../protocol/context.ts';
import { notAuthorized } from '../protocol/errors.ts';
import type { RefreshTokenRecord, UserPoolRecord, UserRecord } from '../store/types.ts';
import { issuerOf } from './issuer.ts';
import { privateKeyOf } from './keys.ts';
import { isFamilyRevoked } from './revocation.ts';
import { tokenLifetimes } from './validity.ts';

/** AuthenticationResult as InitiateAuth / RespondToAuthChallenge return it. */
export interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
}

export interface IssueOptions {
  withRefreshToken: boolean;
  /** When the user signed in (epoch seconds); a refresh keeps the original. Defaults to now. */
  authTime?: number;
  /** jti of the first token of the session; a refresh keeps the original. Defaults to a new one. */
  originJti?: string;
  /** The device the user signed in on: the access token carries it as device_key. */
  deviceKey?: string;
}

/** Attribute values are strings in the store; ID tokens carry these as booleans or numbers. */
function claimValue(name: string, value: string): unknown {
  if (name === 'email_verified' || name === 'phone_number_verified') return value === 'true';
  if (name === 'updated_at' && /^\d+$/.test(value)) return Number(value);
  return value;
}

/** cognito:groups, and cognito:roles / cognito:preferred_role when the groups carry IAM roles. */
function groupClaims(pool: UserPoolRecord, user: UserRecord): Record<string, unknown> {
  if (user.groups.length === 0) return {};
  const claims: Record<string, unknown> = { 'cognito:groups': [...user.groups] };
  const withRoles = user.groups
    .map((name) => pool.groups.get(name))
    .filter((g) => g?.RoleArn !== undefined) as { RoleArn: string; Precedence?: number }[];
  if (withRoles.length > 0) {
    claims['cognito:roles'] = withRoles.map((g) => g.RoleArn);
    const ranked = [...withRoles].sort(
      (a, b) => (a.Precedence ?? Infinity) - (b.Precedence ?? Infinity),
    );
    // Two groups with the same lowest precedence leave the preferred role ambiguous: AWS omits it.
    if (ranked.length === 1 || ranked[0]!.Precedence !== ranked[1]!.Precedence) {
      claims['cognito:preferred_role'] = ranked[0]!.RoleArn;
    }
  }
  return claims;
}

function sign(payload: JWTPayload, pool: UserPoolRecord): Promise<string> {
  return privateKeyOf(pool.signingKey).then((key) =>
    new SignJWT(payload).setProtectedHeader({ kid: pool.signingKey.kid, alg: 'RS256' }).sign(key),
  );
}

const b64url = (bytes: number) => randomBytes(bytes).toString('base64url');

/** Opaque to clients; shaped like AWS's (a JWE) so size and look match. */
function newRefreshToken(): string {
  const header = Buffer.from('{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}').toString(
    'base64url',
  );
  return [header, b64url(256), b64url(12), b64url(480), b64url(16)].join('.');
}

function pruneExpiredRefreshTokens(ctx: RequestContext, nowSeconds: number) {
  const tokens = ctx.store.state.refreshTokens;
  for (const [token, record] of tokens) {
    if (record.expiresAt > nowSeconds) continue;
    tokens.delete(token);
    ctx.store.touch('refreshTokens', token);
  }
}

/** Signs ID and access tokens shaped like AWS's for the user and, when asked, a refresh token. */
export async function issueTokens(
  ctx: RequestContext,
  pool: UserPoolRecord,
  clientId: string,
  user: UserRecord,
  options: IssueOptions,
): Promise<AuthenticationResult> {
  const poolId = pool.pool.Id;
  const lifetimes = tokenLifetimes(pool.clients.get(clientId));
  const iat = Math.floor(ctx.now / 1000);
  const authTime = options.authTime ?? iat;
  const originJti = options.originJti ?? randomUUID();
  const eventId = randomUUID();
  const attributes = Object.fromEntries(
    user.Attributes.map((a) => [a.Name, claimValue(a.Name, a.Value)]),
  );
  const sub = typeof attributes.sub === 'string' ? attributes.sub : user.Username;
  const groups = groupClaims(pool, user);
  const common = {
    iss: issuerOf(poolId),
    origin_jti: originJti,
    event_id: eventId,
    auth_time: authTime,
    iat,
  };

  const idToken = await sign(
    {
      ...attributes,
      sub,
      ...groups,
      ...common,
      'cognito:username': user.Username,
      aud: clientId,
      token_use: 'id',
      exp: iat + lifetimes.idToken,
      jti: randomUUID(),
    },
    pool,
  );
  const accessToken = await sign(
    {
      sub,
      ...(groups['cognito:groups'] ? { 'cognito:groups': groups['cognito:groups'] } : {}),
      ...(options.deviceKey ? { device_key: options.deviceKey } : {}),
      ...common,
      client_id: clientId,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      exp: iat + lifetimes.accessToken,
      jti: randomUUID(),
      username: user.Username,
    },
    pool,
  );

  const result: AuthenticationResult = {
    AccessToken: accessToken,
    IdToken: idToken,
    ExpiresIn: lifetimes.accessToken,
    TokenType: 'Bearer',
  };
  if (options.withRefreshToken) {
    pruneExpiredRefreshTokens(ctx, iat);
    const token = newRefreshToken();
    ctx.store.state.refreshTokens.set(token, {
      poolId,
      clientId,
      username: user.Username,
      // Fractional seconds, so a global sign-out in the same second still revokes the token.
      issuedAt: ctx.now / 1000,
      expiresAt: iat + lifetimes.refreshToken,
      originJti,
      ...(options.deviceKey ? { deviceKey: options.deviceKey } : {}),
    });
    ctx.store.touch('refreshTokens', token);
    result.RefreshToken = token;
  }
  return result;
}

/** Looks a refresh token up; throws NotAuthorizedException as AWS does when it is invalid or revoked. */
export function redeemRefreshToken(
  ctx: RequestContext,
  token: string,
  clientId: string,
): RefreshTokenRecord {
  const record = ctx.store.state.refreshTokens.get(token);
  if (!record || record.clientId !== clientId) throw notAuthorized('Invalid Refresh Token');
  if (record.expiresAt * 1000 <= ctx.now) throw notAuthorized('Refresh Token has expired');
  const user = ctx.store.state.userPools.get(record.poolId)?.users.get(record.username);
  if (!user) throw notAuthorized('Invalid Refresh Token');
  if (
    (user.tokensValidAfter !== undefined && record.issuedAt < user.tokensValidAfter) ||
    isFamilyRevoked(ctx.store.state, record.originJti)
  ) {
    throw notAuthorized('Refresh Token has been revoked');
  }
  return record;
}
