import type { RequestContext } from '../protocol/context.ts';
import { getPool } from '../userpools/pool-store.ts';
import { csvHeaderOf } from './csv-header.ts';

export function getCSVHeader(input: { UserPoolId: string }, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  return { UserPoolId: pool.pool.Id, CSVHeader: csvHeaderOf(pool) };
}
