import {
  ResendConfirmationCodeCommand,
  type ResendConfirmationCodeCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Sends the sign-up code again. */
export function resendConfirmationCode(
  ctx: UserSelfContext,
  input: Omit<ResendConfirmationCodeCommandInput, 'ClientId'>,
) {
  const request = { ClientId: ctx.clientId, ...input };
  return traced(ctx.trace, 'ResendConfirmationCode', request, () =>
    publicClientFor(ctx.poolId).send(new ResendConfirmationCodeCommand(request)),
  );
}
