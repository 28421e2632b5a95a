import { GetIdentityProviderByIdentifierCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IdentityProvider } from './describe-identity-provider';
import { idpClientFor } from '../pool-scope';
import { providerKeys } from './provider-keys';

export async function getIdentityProviderByIdentifier(
  poolId: string,
  identifier: string,
): Promise<IdentityProvider> {
  const output = await idpClientFor(poolId).send(
    new GetIdentityProviderByIdentifierCommand({ UserPoolId: poolId, IdpIdentifier: identifier }),
  );
  if (!output.IdentityProvider) throw new Error(`Cognito returned no provider for ${identifier}.`);
  return output.IdentityProvider;
}

export const getIdentityProviderByIdentifierQueryOptions = (poolId: string, identifier: string) =>
  queryOptions({
    queryKey: providerKeys.byIdentifier(poolId, identifier),
    queryFn: () => getIdentityProviderByIdentifier(poolId, identifier),
  });

/** Runs only once an identifier has been submitted. */
export function useIdentityProviderByIdentifier(poolId: string, identifier: string | undefined) {
  return useQuery({
    ...getIdentityProviderByIdentifierQueryOptions(poolId, identifier ?? ''),
    enabled: Boolean(identifier),
  });
}
