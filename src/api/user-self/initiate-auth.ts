import {
  InitiateAuthCommand,
  type InitiateAuthCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Starts a sign-in (USER_SRP_AUTH, USER_PASSWORD_AUTH) or refreshes tokens (REFRESH_TOKEN_AUTH). */
export function initiateAuth(
  ctx: UserSelfContext,
  input: Omit<InitiateAuthCommandInput, 'ClientId'>,
) {
  const request = { ClientId: ctx.clientId, ...input };
  return traced(ctx.trace, 'InitiateAuth', request, () =>
    publicClientFor(ctx.poolId).send(new InitiateAuthCommand(request)),
  );
}
