import type { RequestContext } from '../protocol/context.ts';
import { AwsError, invalidParameter, userNotFound } from '../protocol/errors.ts';
import type { UserPoolRecord } from '../store/types.ts';
import { getPool } from '../userpools/pool-store.ts';
import { userByUsername } from './find-user.ts';
import { linkedIdentities, setLinkedIdentities } from './linked-identities.ts';
import { updateUser } from './write-user.ts';

export interface ProviderUser {
  ProviderName?: string;
  ProviderAttributeName?: string;
  ProviderAttributeValue?: string;
}

const SOCIAL = new Set(['Facebook', 'Google', 'LoginWithAmazon', 'SignInWithApple']);
/** AWS's limit of federated identities linked to one user (API_AdminLinkProviderForUser.html). */
const MAX_LINKS = 5;

/** Every user that already carries a link to this external identity. */
export function usersLinkedTo(pool: UserPoolRecord, providerName: string, value: string) {
  return [...pool.users.values()].filter((u) =>
    linkedIdentities(u).some((i) => i.providerName === providerName && i.userId === value),
  );
}

export function adminLinkProviderForUser(
  input: { UserPoolId: string; DestinationUser: ProviderUser; SourceUser: ProviderUser },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const { DestinationUser: destination, SourceUser: source } = input;
  const destinationName = destination.ProviderName ?? '';
  const destinationValue = destination.ProviderAttributeValue ?? '';
  // A native user is named by username; a federated one by "<Provider>_<user id>".
  const user = userByUsername(
    pool,
    destinationName === 'Cognito' ? destinationValue : `${destinationName}_${destinationValue}`,
  );
  if (!user) throw userNotFound();

  const sourceName = source.ProviderName ?? '';
  const attributeName = source.ProviderAttributeName ?? '';
  const value = source.ProviderAttributeValue ?? '';
  if (sourceName === 'Cognito' || !sourceName) {
    throw invalidParameter('SourceUser must be a federated user: ProviderName cannot be Cognito.');
  }
  const provider = pool.identityProviders.get(sourceName);
  if (!provider) throw invalidParameter(`Identity provider ${sourceName} does not exist.`);
  if (SOCIAL.has(provider.ProviderType) && attributeName !== 'Cognito_Subject') {
    throw invalidParameter(
      `ProviderAttributeName must be Cognito_Subject for ${provider.ProviderType}.`,
    );
  }
  if (
    pool.users.has(`${sourceName}_${value}`) ||
    usersLinkedTo(pool, sourceName, value).length > 0
  ) {
    throw new AwsError(
      'AliasExistsException',
      'Merging is not currently supported, provide a SourceUser that has not been linked.',
    );
  }
  const identities = linkedIdentities(user);
  if (identities.length >= MAX_LINKS) {
    throw new AwsError(
      'LimitExceededException',
      `A user can have at most ${MAX_LINKS} linked identities.`,
    );
  }
  updateUser(ctx, pool, user, () =>
    setLinkedIdentities(user, [
      ...identities,
      {
        userId: value,
        providerName: sourceName,
        providerType: provider.ProviderType,
        issuer: null,
        primary: false,
        dateCreated: ctx.now,
        attributeName,
      },
    ]),
  );
  return {};
}
