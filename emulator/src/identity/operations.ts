import type { IdentityPoolConfig } from '../config.ts';
import { roleArn } from '../iam/arns.ts';
import type { RequestContext } from '../protocol/context.ts';
import { notAuthorized, resourceNotFound } from '../protocol/errors.ts';
import { loginProviderOf } from '../tokens/issuer.ts';
import { issueCredentials } from './credentials.ts';
import { identityIdFor } from './identity-id.ts';
import { resolveLogin, type ResolvedLogin } from './logins.ts';

interface GetIdInput {
  IdentityPoolId: string;
  AccountId?: string;
  Logins?: Record<string, string>;
}

interface GetCredentialsForIdentityInput {
  IdentityId: string;
  Logins?: Record<string, string>;
  CustomRoleArn?: string;
}

function identityPool(ctx: RequestContext, id: string): IdentityPoolConfig {
  const pool = ctx.config.identityPools.find((p) => p.id === id);
  if (!pool) throw resourceNotFound(`IdentityPool '${id}' not found.`);
  return pool;
}

function rememberIdentity(ctx: RequestContext, pool: IdentityPoolConfig, login: ResolvedLogin) {
  const identityId = identityIdFor(pool.id, login.provider, login.claims.sub);
  if (!ctx.store.state.identities.has(identityId)) {
    ctx.store.state.identities.set(identityId, {
      identityId,
      identityPoolId: pool.id,
      logins: [login.provider],
      createdAt: Math.floor(ctx.now / 1000),
    });
    ctx.store.touch('identities', identityId);
  }
  return identityId;
}

export async function getId(input: GetIdInput, ctx: RequestContext) {
  const pool = identityPool(ctx, input.IdentityPoolId);
  const login = await resolveLogin(ctx, pool, input.Logins);
  return { IdentityId: rememberIdentity(ctx, pool, login) };
}

/** The role of the first mapping whose group the user is in (CustomRoleArn may pick another one of those). */
function resolveRole(
  ctx: RequestContext,
  pool: IdentityPoolConfig,
  login: ResolvedLogin,
  customRoleArn: string | undefined,
): string {
  const groups = login.claims['cognito:groups'];
  const matching = pool.roleMappings.filter(
    (m) => Array.isArray(groups) && groups.includes(m.group),
  );
  const chosen =
    matching.find((m) => customRoleArn === roleArn(ctx.accountId, m.role)) ?? matching[0];
  if (!chosen) {
    throw notAuthorized(
      `The ambiguous role mapping rules for: ${login.provider}:${pool.clientId} denied this request.`,
    );
  }
  return chosen.role;
}

export async function getCredentialsForIdentity(
  input: GetCredentialsForIdentityInput,
  ctx: RequestContext,
) {
  const record = ctx.store.state.identities.get(input.IdentityId);
  let pool: IdentityPoolConfig | undefined;
  let login: ResolvedLogin | undefined;
  if (record) {
    pool = identityPool(ctx, record.identityPoolId);
    login = await resolveLogin(ctx, pool, input.Logins);
    if (identityIdFor(pool.id, login.provider, login.claims.sub) !== input.IdentityId) {
      throw notAuthorized(
        "Logins don't match. Please include at least one valid login for this identity or identity pool.",
      );
    }
  } else {
    // Unknown here but derivable from the logins: an id the emulator gave out before a reset.
    const logins = input.Logins ?? {};
    for (const candidate of ctx.config.identityPools) {
      if (!(loginProviderOf(candidate.userPoolId) in logins)) continue;
      const resolved = await resolveLogin(ctx, candidate, logins);
      if (
        identityIdFor(candidate.id, resolved.provider, resolved.claims.sub) === input.IdentityId
      ) {
        pool = candidate;
        login = resolved;
        rememberIdentity(ctx, pool, login);
        break;
      }
    }
    if (!pool || !login) throw resourceNotFound(`Identity '${input.IdentityId}' not found.`);
  }
  const role = resolveRole(ctx, pool, login, input.CustomRoleArn);
  return {
    IdentityId: input.IdentityId,
    Credentials: issueCredentials(ctx, role, input.IdentityId, pool.credentialsTtlSeconds),
  };
}
