import { usePoolAttributes } from '@/api/pools/pool-attributes';
import { useIdentityProviderNames } from '@/api/identity-providers/list-identity-providers';
import { useCustomScopes } from '@/api/resource-servers/list-resource-servers';
import type { ClientFormOptions } from './form-types';

/** The three lookups the form's choices come from, as one loading/error state. */
export function useClientFormOptions(poolId: string) {
  const attributes = usePoolAttributes(poolId);
  const providers = useIdentityProviderNames(poolId);
  const scopes = useCustomScopes(poolId);
  const queries = [attributes, providers, scopes];
  const failed = queries.find((q) => q.isError);
  const data: ClientFormOptions | undefined =
    attributes.data && providers.data && scopes.data
      ? { attributes: attributes.data, providers: providers.data, customScopes: scopes.data }
      : undefined;
  return {
    data,
    error: failed?.error,
    retry: () => queries.forEach((q) => q.isError && void q.refetch()),
    retrying: queries.some((q) => q.isFetching),
  };
}
