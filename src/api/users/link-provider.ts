import { AdminLinkProviderForUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { userKeys, type UserRef } from './user-keys';

export interface LinkProviderValues {
  providerName: string;
  attributeName: string;
  attributeValue: string;
}

/** Links a federated identity (the source) to this native user (the destination). */
export async function linkProviderForUser(
  { poolId, username }: UserRef,
  { providerName, attributeName, attributeValue }: LinkProviderValues,
) {
  await idpClientFor(poolId).send(
    new AdminLinkProviderForUserCommand({
      UserPoolId: poolId,
      DestinationUser: {
        ProviderName: 'Cognito',
        ProviderAttributeValue: username,
      },
      SourceUser: {
        ProviderName: providerName,
        ProviderAttributeName: attributeName,
        ProviderAttributeValue: attributeValue,
      },
    }),
  );
}

/** The link shows in the user's `identities` attribute. */
export function useLinkProviderForUser(
  user: UserRef,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: LinkProviderValues) => linkProviderForUser(user, values),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.detail(user), exact: true });
      onSuccess?.();
    },
  });
}
