import { registerRoute, sendJson, type RouteContext } from '../protocol/routes.ts';
import type { UserPoolRecord } from '../store/types.ts';
import { issuerOf } from './issuer.ts';
import { publicJwkOf } from './keys.ts';

function poolOr404(
  poolId: string,
  ctx: RouteContext,
  res: Parameters<typeof sendJson>[0],
): UserPoolRecord | undefined {
  const pool = ctx.store.state.userPools.get(poolId);
  if (!pool) {
    sendJson(res, 404, {
      __type: 'ResourceNotFoundException',
      message: `User pool ${poolId} does not exist.`,
    });
  }
  return pool;
}

export function jwksOf(pool: UserPoolRecord) {
  return { keys: [publicJwkOf(pool.signingKey)] };
}

/** The parts of AWS's discovery document that do not need a hosted-UI domain. */
export function openIdConfigurationOf(pool: UserPoolRecord, baseUrl: string) {
  const poolId = pool.pool.Id;
  return {
    id_token_signing_alg_values_supported: ['RS256'],
    issuer: issuerOf(poolId),
    jwks_uri: `${baseUrl}/${poolId}/.well-known/jwks.json`,
    response_types_supported: ['code', 'token'],
    scopes_supported: ['openid', 'email', 'phone', 'profile'],
    subject_types_supported: ['public'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
  };
}

const POOL = '([\\w-]+_[0-9A-Za-z]+)';

registerRoute(
  'GET',
  new RegExp(`^/${POOL}/\\.well-known/jwks\\.json$`),
  (match, _req, res, ctx) => {
    const pool = poolOr404(match[1]!, ctx, res);
    if (pool) sendJson(res, 200, jwksOf(pool));
  },
);

registerRoute(
  'GET',
  new RegExp(`^/${POOL}/\\.well-known/openid-configuration$`),
  (match, _req, res, ctx) => {
    const pool = poolOr404(match[1]!, ctx, res);
    if (pool) sendJson(res, 200, openIdConfigurationOf(pool, ctx.baseUrl));
  },
);
