import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { clientNotFound } from './auth-errors.ts';
import { startSignIn } from './initiate-auth.ts';
import type { ClientContext } from './sign-in.ts';

interface AdminInitiateAuthInput {
  UserPoolId: string;
  ClientId: string;
  AuthFlow: string;
  AuthParameters?: Record<string, string>;
}

/** The app client named, in the pool named: the admin operations take both. */
export function resolvePoolClient(
  ctx: RequestContext,
  poolId: string,
  clientId: string,
): ClientContext {
  const pool = getPool(ctx, poolId);
  const client = pool.clients.get(clientId);
  if (!client) throw clientNotFound(clientId);
  return { pool, client };
}

/**
 * AdminInitiateAuth: a sign-in started by a back end with IAM credentials. It adds the flows that
 * send the password itself (ADMIN_USER_PASSWORD_AUTH, and its legacy name ADMIN_NO_SRP_AUTH).
 */
export function adminInitiateAuth(input: AdminInitiateAuthInput, ctx: RequestContext) {
  const target = resolvePoolClient(ctx, input.UserPoolId, input.ClientId);
  return startSignIn(ctx, target, input.AuthFlow, input.AuthParameters ?? {}, 'admin');
}
