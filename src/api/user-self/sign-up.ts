import { SignUpCommand, type SignUpCommandInput } from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** A new user registers themself; Cognito sends the confirmation code (UNCONFIRMED until confirmed). */
export function signUp(ctx: UserSelfContext, input: Omit<SignUpCommandInput, 'ClientId'>) {
  const request = { ClientId: ctx.clientId, ...input };
  return traced(ctx.trace, 'SignUp', request, () =>
    publicClientFor(ctx.poolId).send(new SignUpCommand(request)),
  );
}
