import { AwsError, invalidParameter, resourceNotFound } from '../protocol/errors.ts';
import type { RequestContext } from '../protocol/context.ts';
import type { ResourceServerRecord, ResourceServerScope, UserPoolRecord } from '../store/types.ts';

export type { ResourceServerScope };

/** AWS quotas: resource servers per pool, scopes per resource server. */
export const MAX_RESOURCE_SERVERS = 25;
export const MAX_SCOPES = 100;

export function getResourceServer(pool: UserPoolRecord, identifier: string): ResourceServerRecord {
  const server = pool.resourceServers.get(identifier);
  if (!server) throw resourceNotFound(`Resource server ${identifier} does not exist.`);
  return server;
}

/** Every custom scope of the pool as clients and tokens name it: `identifier/scope`. */
export function customScopes(pool: UserPoolRecord): Set<string> {
  const out = new Set<string>();
  for (const server of pool.resourceServers.values()) {
    for (const scope of server.Scopes) out.add(`${server.Identifier}/${scope.ScopeName}`);
  }
  return out;
}

/** The scope list as stored: the model checked each name's characters; duplicates are refused. */
export function checkScopes(scopes: ResourceServerScope[] | undefined): ResourceServerScope[] {
  const list = (scopes ?? []).map((s) => ({
    ScopeName: s.ScopeName,
    ScopeDescription: s.ScopeDescription,
  }));
  if (list.length > MAX_SCOPES) {
    throw new AwsError(
      'LimitExceededException',
      `A resource server cannot have more than ${MAX_SCOPES} scopes.`,
    );
  }
  const seen = new Set<string>();
  for (const scope of list) {
    if (seen.has(scope.ScopeName)) {
      throw invalidParameter(`Duplicate scope name ${scope.ScopeName} in resource server.`);
    }
    seen.add(scope.ScopeName);
  }
  return list;
}

export const resourceServerOutput = (poolId: string, server: ResourceServerRecord) => ({
  UserPoolId: poolId,
  Identifier: server.Identifier,
  Name: server.Name,
  Scopes: server.Scopes.map((s) => ({ ...s })),
});

/**
 * Scopes that no longer exist leave every app client that allowed them: deleting a resource
 * server (or a scope) that clients use succeeds on AWS and leaves the clients working
 * (aws-cloudformation/cloudformation-coverage-roadmap#173).
 */
export function dropStaleClientScopes(
  ctx: RequestContext,
  pool: UserPoolRecord,
  removed: Set<string>,
): void {
  if (removed.size === 0) return;
  for (const client of pool.clients.values()) {
    const scopes = client.AllowedOAuthScopes as string[] | undefined;
    if (scopes?.some((s) => removed.has(s))) {
      client.AllowedOAuthScopes = scopes.filter((s) => !removed.has(s));
      ctx.store.touch('clients', pool.pool.Id, client.ClientId);
    }
  }
}
