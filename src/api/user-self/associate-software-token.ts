import {
  AssociateSoftwareTokenCommand,
  type AssociateSoftwareTokenCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** A TOTP secret for an authenticator app (with the MFA_SETUP session or an access token). */
export function associateSoftwareToken(
  ctx: UserSelfContext,
  input: AssociateSoftwareTokenCommandInput,
) {
  return traced(ctx.trace, 'AssociateSoftwareToken', input, () =>
    publicClientFor(ctx.poolId).send(new AssociateSoftwareTokenCommand(input)),
  );
}
