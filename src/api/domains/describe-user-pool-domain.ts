import {
  DescribeUserPoolDomainCommand,
  type DomainDescriptionType,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { domainKeys } from './domain-keys';

export type DomainDescription = DomainDescriptionType;

/** Status, CloudFront distribution, version; AWS answers an unknown domain with an empty object. */
export async function describeUserPoolDomain(
  poolId: string,
  domain: string,
): Promise<DomainDescription> {
  const output = await idpClientFor(poolId).send(
    new DescribeUserPoolDomainCommand({ Domain: domain }),
  );
  return output.DomainDescription ?? {};
}

export const describeUserPoolDomainQueryOptions = (poolId: string, domain: string) =>
  queryOptions({
    queryKey: domainKeys.detail(poolId, domain),
    queryFn: () => describeUserPoolDomain(poolId, domain),
    // CREATING / UPDATING / DELETING settle on their own; look again until they do.
    refetchInterval: (query) =>
      ['CREATING', 'UPDATING', 'DELETING'].includes(query.state.data?.Status ?? '')
        ? 10_000
        : false,
  });

export function useDescribeUserPoolDomain(poolId: string, domain: string) {
  return useQuery(describeUserPoolDomainQueryOptions(poolId, domain));
}
