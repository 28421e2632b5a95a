import {
  ConfirmForgotPasswordCommand,
  type ConfirmForgotPasswordCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Sets the new password with the reset code. */
export function confirmForgotPassword(
  ctx: UserSelfContext,
  input: Omit<ConfirmForgotPasswordCommandInput, 'ClientId'>,
) {
  const request = { ClientId: ctx.clientId, ...input };
  return traced(ctx.trace, 'ConfirmForgotPassword', request, () =>
    publicClientFor(ctx.poolId).send(new ConfirmForgotPasswordCommand(request)),
  );
}
