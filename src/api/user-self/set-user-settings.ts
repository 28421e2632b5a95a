import {
  SetUserSettingsCommand,
  type SetUserSettingsCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** The legacy per-attribute MFA options (MFAOptions: SMS to phone_number). */
export function setUserSettings(ctx: UserSelfContext, input: SetUserSettingsCommandInput) {
  return traced(ctx.trace, 'SetUserSettings', input, () =>
    publicClientFor(ctx.poolId).send(new SetUserSettingsCommand(input)),
  );
}
