import {
  ConfirmDeviceCommand,
  type ConfirmDeviceCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Records the device's SRP verifier, so it can sign in with DEVICE_SRP_AUTH. */
export function confirmDevice(ctx: UserSelfContext, input: ConfirmDeviceCommandInput) {
  return traced(ctx.trace, 'ConfirmDevice', input, () =>
    publicClientFor(ctx.poolId).send(new ConfirmDeviceCommand(input)),
  );
}
