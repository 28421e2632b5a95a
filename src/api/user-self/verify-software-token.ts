import {
  VerifySoftwareTokenCommand,
  type VerifySoftwareTokenCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Proves the authenticator app works with one of its codes. */
export function verifySoftwareToken(ctx: UserSelfContext, input: VerifySoftwareTokenCommandInput) {
  return traced(ctx.trace, 'VerifySoftwareToken', input, () =>
    publicClientFor(ctx.poolId).send(new VerifySoftwareTokenCommand(input)),
  );
}
