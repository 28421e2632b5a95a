import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { getPool } from '../userpools/pool-store.ts';
import { checkManagedLoginVersion, type DomainInput } from './create-user-pool-domain.ts';

/** Changes a domain's branding version or a custom domain's certificate. */
export function updateUserPoolDomain(input: DomainInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const record = pool.domains.get(input.Domain);
  if (!record) throw invalidParameter('No such domain or user pool exists.');
  checkManagedLoginVersion(input.ManagedLoginVersion);
  if (input.CustomDomainConfig) {
    if (!record.CustomDomainConfig) {
      throw invalidParameter('CustomDomainConfig can only be set on a custom domain.');
    }
    record.CustomDomainConfig = { CertificateArn: input.CustomDomainConfig.CertificateArn };
  }
  if (input.ManagedLoginVersion !== undefined)
    record.ManagedLoginVersion = input.ManagedLoginVersion;
  ctx.store.touch('domains', pool.pool.Id, input.Domain);
  return {
    ManagedLoginVersion: record.ManagedLoginVersion,
    ...(record.CustomDomainConfig ? { CloudFrontDomain: record.CloudFrontDistribution } : {}),
  };
}
