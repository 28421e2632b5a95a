import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { getPool } from '../userpools/pool-store.ts';

export function deleteUserPoolDomain(
  input: { UserPoolId: string; Domain: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  if (!pool.domains.has(input.Domain))
    throw invalidParameter('No such domain or user pool exists.');
  pool.domains.delete(input.Domain);
  ctx.store.touch('domains', pool.pool.Id, input.Domain);
  const next = { ...pool.pool };
  if (next.Domain === input.Domain) delete next.Domain;
  if (next.CustomDomain === input.Domain) delete next.CustomDomain;
  pool.pool = next;
  ctx.store.touch('pool', pool.pool.Id);
  return {};
}
