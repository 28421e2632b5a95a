// Registers this module's operations on import.
import { registerOperations } from '../protocol/operations.ts';
import { createIdentityProvider } from './create-identity-provider.ts';
import { deleteIdentityProvider } from './delete-identity-provider.ts';
import { describeIdentityProvider } from './describe-identity-provider.ts';
import { getIdentityProviderByIdentifier } from './get-identity-provider-by-identifier.ts';
import { listIdentityProviders } from './list-identity-providers.ts';
import { updateIdentityProvider } from './update-identity-provider.ts';

registerOperations('cognito-idp', {
  CreateIdentityProvider: createIdentityProvider,
  DescribeIdentityProvider: describeIdentityProvider,
  ListIdentityProviders: listIdentityProviders,
  UpdateIdentityProvider: updateIdentityProvider,
  DeleteIdentityProvider: deleteIdentityProvider,
  GetIdentityProviderByIdentifier: getIdentityProviderByIdentifier,
});
