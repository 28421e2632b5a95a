import {
  ConfirmSignUpCommand,
  type ConfirmSignUpCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** The code from the sign-up message confirms the user. */
export function confirmSignUp(
  ctx: UserSelfContext,
  input: Omit<ConfirmSignUpCommandInput, 'ClientId'>,
) {
  const request = { ClientId: ctx.clientId, ...input };
  return traced(ctx.trace, 'ConfirmSignUp', request, () =>
    publicClientFor(ctx.poolId).send(new ConfirmSignUpCommand(request)),
  );
}
