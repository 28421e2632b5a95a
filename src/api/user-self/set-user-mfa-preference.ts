import {
  SetUserMFAPreferenceCommand,
  type SetUserMFAPreferenceCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Turns the user's SMS and authenticator-app MFA on or off and picks the preferred one. */
export function setUserMfaPreference(
  ctx: UserSelfContext,
  input: SetUserMFAPreferenceCommandInput,
) {
  return traced(ctx.trace, 'SetUserMFAPreference', input, () =>
    publicClientFor(ctx.poolId).send(new SetUserMFAPreferenceCommand(input)),
  );
}
