import {
  AdminInitiateAuthCommand,
  type AdminInitiateAuthCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { idpClientFor } from '../pool-scope';
import { traced, type UserSelfContext } from './user-self-call';

/**
 * The server-side sign-in an app's backend makes, signed with the operator's AWS credentials
 * (the client must allow ADMIN_USER_PASSWORD_AUTH).
 */
export function adminInitiateAuth(
  ctx: UserSelfContext,
  input: Omit<AdminInitiateAuthCommandInput, 'ClientId' | 'UserPoolId'>,
) {
  const request = { UserPoolId: ctx.poolId, ClientId: ctx.clientId, ...input };
  return traced(
    ctx.trace,
    'AdminInitiateAuth',
    request,
    () => idpClientFor(ctx.poolId).send(new AdminInitiateAuthCommand(request)),
    { signed: true },
  );
}
