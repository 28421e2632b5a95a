import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { getPool } from '../userpools/pool-store.ts';
import { assetBucket, cloudFrontName, findDomainOwner, versionAt } from './domain-store.ts';

const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RESERVED = ['aws', 'amazon', 'cognito'];

export interface DomainInput {
  UserPoolId: string;
  Domain: string;
  ManagedLoginVersion?: number;
  CustomDomainConfig?: { CertificateArn: string };
}

function checkPrefix(domain: string): void {
  if (!PREFIX.test(domain))
    throw invalidParameter(`Domain ${domain} is not a valid prefix domain.`);
  const word = RESERVED.find((w) => domain.includes(w));
  if (word) throw invalidParameter(`Domain cannot contain reserved word: ${word}`);
}

function checkManagedLoginVersion(version: number | undefined): void {
  if (version !== undefined && version !== 1 && version !== 2) {
    throw invalidParameter('ManagedLoginVersion must be 1 or 2.');
  }
}

export function createUserPoolDomain(input: DomainInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const custom = input.CustomDomainConfig !== undefined;
  if (!custom) checkPrefix(input.Domain);
  checkManagedLoginVersion(input.ManagedLoginVersion);
  if (findDomainOwner(ctx, input.Domain)) {
    throw invalidParameter('Domain already associated with another user pool.');
  }
  if (custom ? pool.pool.CustomDomain : pool.pool.Domain) {
    throw invalidParameter('User pool already has a domain configured.');
  }
  const record = {
    Domain: input.Domain,
    CloudFrontDistribution: cloudFrontName(),
    S3Bucket: assetBucket(ctx.region),
    Version: versionAt(ctx.now),
    ManagedLoginVersion: input.ManagedLoginVersion ?? 1,
    ...(custom
      ? { CustomDomainConfig: { CertificateArn: input.CustomDomainConfig!.CertificateArn } }
      : {}),
  };
  pool.domains.set(input.Domain, record);
  pool.pool = { ...pool.pool, [custom ? 'CustomDomain' : 'Domain']: input.Domain };
  ctx.store.touch('domains', pool.pool.Id, input.Domain);
  ctx.store.touch('pool', pool.pool.Id);
  return {
    ManagedLoginVersion: record.ManagedLoginVersion,
    ...(custom ? { CloudFrontDomain: record.CloudFrontDistribution } : {}),
  };
}

export { checkManagedLoginVersion };
