import {
  ForgetDeviceCommand,
  type ForgetDeviceCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Forgets a device of the user: it no longer stands in for MFA. */
export function forgetDevice(ctx: UserSelfContext, input: ForgetDeviceCommandInput) {
  return traced(ctx.trace, 'ForgetDevice', input, () =>
    publicClientFor(ctx.poolId).send(new ForgetDeviceCommand(input)),
  );
}
