import {
  VerifyUserAttributeCommand,
  type VerifyUserAttributeCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Verifies an email or phone with its code. */
export function verifyUserAttribute(ctx: UserSelfContext, input: VerifyUserAttributeCommandInput) {
  return traced(ctx.trace, 'VerifyUserAttribute', input, () =>
    publicClientFor(ctx.poolId).send(new VerifyUserAttributeCommand(input)),
  );
}
