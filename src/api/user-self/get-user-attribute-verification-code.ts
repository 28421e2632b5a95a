import {
  GetUserAttributeVerificationCodeCommand,
  type GetUserAttributeVerificationCodeCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Sends a code to verify an email or phone. */
export function getUserAttributeVerificationCode(
  ctx: UserSelfContext,
  input: GetUserAttributeVerificationCodeCommandInput,
) {
  return traced(ctx.trace, 'GetUserAttributeVerificationCode', input, () =>
    publicClientFor(ctx.poolId).send(new GetUserAttributeVerificationCodeCommand(input)),
  );
}
