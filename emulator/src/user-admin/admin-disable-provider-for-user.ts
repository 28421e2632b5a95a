import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter, userNotFound } from '../protocol/errors.ts';
import { getPool } from '../userpools/pool-store.ts';
import type { ProviderUser } from './admin-link-provider-for-user.ts';
import { usersLinkedTo } from './admin-link-provider-for-user.ts';
import { userByUsername } from './find-user.ts';
import { linkedIdentities, setLinkedIdentities } from './linked-identities.ts';
import { updateUser } from './write-user.ts';

/**
 * Cognito + Cognito_Subject + username: the native user can no longer sign in with a password.
 * An external identity: its links are removed and its federated profile, if any, is disabled.
 */
export function adminDisableProviderForUser(
  input: { UserPoolId: string; User: ProviderUser },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const name = input.User.ProviderName ?? '';
  const attributeName = input.User.ProviderAttributeName ?? '';
  const value = input.User.ProviderAttributeValue ?? '';
  if (name === 'Cognito') {
    if (attributeName !== 'Cognito_Subject') {
      throw invalidParameter('ProviderAttributeName must be Cognito_Subject for Cognito users.');
    }
    const user = userByUsername(pool, value);
    if (!user) throw userNotFound();
    updateUser(ctx, pool, user, () => {
      delete user.password;
    });
    return {};
  }
  const provider = pool.identityProviders.get(name);
  if (!provider) throw invalidParameter(`Identity provider ${name} does not exist.`);
  for (const user of usersLinkedTo(pool, name, value)) {
    updateUser(ctx, pool, user, () =>
      setLinkedIdentities(
        user,
        linkedIdentities(user).filter((i) => !(i.providerName === name && i.userId === value)),
      ),
    );
  }
  const federated = pool.users.get(`${name}_${value}`);
  if (federated) {
    updateUser(ctx, pool, federated, () => {
      federated.Enabled = false;
    });
  }
  return {};
}
