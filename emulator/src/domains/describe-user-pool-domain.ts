import type { RequestContext } from '../protocol/context.ts';
import { findDomainOwner } from './domain-store.ts';

/** An unknown domain is not an error: AWS answers with an empty DomainDescription. */
export function describeUserPoolDomain(input: { Domain: string }, ctx: RequestContext) {
  const pool = findDomainOwner(ctx, input.Domain);
  const record = pool?.domains.get(input.Domain);
  if (!pool || !record) return { DomainDescription: {} };
  return {
    DomainDescription: {
      UserPoolId: pool.pool.Id,
      AWSAccountId: ctx.accountId,
      Domain: record.Domain,
      S3Bucket: record.S3Bucket,
      CloudFrontDistribution: record.CloudFrontDistribution,
      Version: record.Version,
      Status: 'ACTIVE',
      ...(record.CustomDomainConfig
        ? { CustomDomainConfig: { ...record.CustomDomainConfig } }
        : {}),
      ManagedLoginVersion: record.ManagedLoginVersion,
    },
  };
}
