import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import {
  CATEGORY_RPS,
  PER_POOL_RPS,
  PER_USER_KIND,
  PER_USER_RPS,
  quotaCategoryOf,
} from './quota-categories.ts';
import type { TokenBuckets } from './token-bucket.ts';

/** Cognito's request quotas as the emulator enforces them. */
export interface QuotaConfig {
  enabled: boolean;
  /** Multiplies every rate (2 doubles the quotas, 0.5 halves them). */
  scale: number;
}

export const QUOTAS_ON: QuotaConfig = { enabled: true, scale: 1 };
export const QUOTAS_OFF: QuotaConfig = { enabled: false, scale: 1 };

/** What AWS answers when a quota is exceeded (HTTP 400). */
export const tooManyRequests = () => new AwsError('TooManyRequestsException', 'Rate exceeded');

/**
 * Counts the request against its category's quota for the account (and, for pool resources and
 * clients, for the pool too; for a request naming a user, against that user's reads or writes);
 * throws TooManyRequestsException when any is exhausted, taking nothing from the others.
 */
export function enforceQuota(
  buckets: TokenBuckets,
  quotas: QuotaConfig,
  ctx: Pick<RequestContext, 'service' | 'operation' | 'accountId' | 'region' | 'now'>,
  input: Record<string, unknown>,
): void {
  if (!quotas.enabled) return;
  const category = quotaCategoryOf(ctx.service, ctx.operation, input);
  if (!category) return;
  const accountKey = `${ctx.accountId}|${ctx.region}|${category}`;
  const accountRate = CATEGORY_RPS[category] * quotas.scale;
  if (!buckets.take(accountKey, accountRate, ctx.now)) throw tooManyRequests();
  const taken: [string, number][] = [[accountKey, accountRate]];
  const refuse = () => {
    for (const [key, rate] of taken) buckets.giveBack(key, rate);
    return tooManyRequests();
  };
  const poolId = typeof input.UserPoolId === 'string' ? input.UserPoolId : undefined;
  const poolRps = PER_POOL_RPS[category];
  if (poolRps !== undefined && poolId !== undefined) {
    const poolKey = `${accountKey}|${poolId}`;
    const poolRate = poolRps * quotas.scale;
    if (!buckets.take(poolKey, poolRate, ctx.now)) throw refuse();
    taken.push([poolKey, poolRate]);
  }
  const userKind = PER_USER_KIND[category];
  if (userKind !== undefined && poolId !== undefined && typeof input.Username === 'string') {
    // A JSON array as the key: pool ids and usernames may hold any character, `|` included.
    const userKey = JSON.stringify([ctx.accountId, poolId, input.Username, userKind]);
    if (!buckets.take(userKey, PER_USER_RPS * quotas.scale, ctx.now)) throw refuse();
  }
}

/** Reads EMULATOR_QUOTAS (on unless "off") and EMULATOR_QUOTA_SCALE (a positive number). */
export function quotasFromEnv(env: Record<string, string | undefined>): QuotaConfig {
  const switchValue = (env.EMULATOR_QUOTAS ?? 'on').trim().toLowerCase();
  if (switchValue !== 'on' && switchValue !== 'off') {
    throw new Error(`EMULATOR_QUOTAS must be "on" or "off", not "${env.EMULATOR_QUOTAS}".`);
  }
  const scaleText = (env.EMULATOR_QUOTA_SCALE ?? '1').trim();
  const scale = /^\d+(\.\d+)?$/.test(scaleText) ? Number(scaleText) : NaN;
  if (!(scale > 0)) {
    throw new Error(
      `EMULATOR_QUOTA_SCALE must be a positive number (2 doubles every quota), not "${env.EMULATOR_QUOTA_SCALE}".`,
    );
  }
  return { enabled: switchValue === 'on', scale };
}
