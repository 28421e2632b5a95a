import {
  AdminRespondToAuthChallengeCommand,
  type AdminRespondToAuthChallengeCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { idpClientFor } from '../pool-scope';
import { traced, type UserSelfContext } from './user-self-call';

/**
 * The server-side sign-in an app's backend makes, signed with the operator's AWS credentials
 * (the client must allow ADMIN_USER_PASSWORD_AUTH).
 */
export function adminRespondToAuthChallenge(
  ctx: UserSelfContext,
  input: Omit<AdminRespondToAuthChallengeCommandInput, 'ClientId' | 'UserPoolId'>,
) {
  const request = { UserPoolId: ctx.poolId, ClientId: ctx.clientId, ...input };
  return traced(
    ctx.trace,
    'AdminRespondToAuthChallenge',
    request,
    () => idpClientFor(ctx.poolId).send(new AdminRespondToAuthChallengeCommand(request)),
    { signed: true },
  );
}
