import {
  ForgotPasswordCommand,
  type ForgotPasswordCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Sends a password reset code (with PreventUserExistenceErrors, even for no such user it answers as if sent). */
export function forgotPassword(
  ctx: UserSelfContext,
  input: Omit<ForgotPasswordCommandInput, 'ClientId'>,
) {
  const request = { ClientId: ctx.clientId, ...input };
  return traced(ctx.trace, 'ForgotPassword', request, () =>
    publicClientFor(ctx.poolId).send(new ForgotPasswordCommand(request)),
  );
}
