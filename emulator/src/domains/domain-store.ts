import { randomInt } from 'node:crypto';
import type { RequestContext } from '../protocol/context.ts';
import type { DomainRecord, UserPoolRecord } from '../store/types.ts';
import { regionOfPool } from '../userpools/pool-store.ts';

export type { DomainRecord };

/** Airport codes AWS uses in its per-Region asset bucket names. */
const REGION_CODES: Record<string, string> = {
  'us-east-1': 'iad',
  'us-east-2': 'cmh',
  'us-west-1': 'sfo',
  'us-west-2': 'pdx',
  'ca-central-1': 'yul',
  'eu-west-1': 'dub',
  'eu-west-2': 'lhr',
  'eu-west-3': 'cdg',
  'eu-central-1': 'fra',
  'eu-north-1': 'arn',
  'ap-south-1': 'bom',
  'ap-southeast-1': 'sin',
  'ap-southeast-2': 'syd',
  'ap-northeast-1': 'nrt',
  'ap-northeast-2': 'icn',
  'sa-east-1': 'gru',
};

/** The pool that owns a domain: prefix domains are unique in a Region, custom ones everywhere. */
export function findDomainOwner(
  ctx: Pick<RequestContext, 'store' | 'region'>,
  domain: string,
): UserPoolRecord | undefined {
  for (const pool of ctx.store.state.userPools.values()) {
    if (
      pool.pool.CustomDomain === domain ||
      (pool.pool.Domain === domain && regionOfPool(pool.pool.Id) === ctx.region)
    )
      return pool;
  }
  return undefined;
}

export const cloudFrontName = () => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = 'd';
  for (let i = 0; i < 13; i++) id += alphabet[randomInt(alphabet.length)];
  return `${id}.cloudfront.net`;
};

export const assetBucket = (region: string) =>
  `aws-cognito-prod-${REGION_CODES[region] ?? region}-assets`;

/** AWS's app version string: the deployment time as yyyyMMddHHmmss. */
export const versionAt = (ms: number) => new Date(ms).toISOString().replace(/\D/g, '').slice(0, 14);
