import {
  ListDevicesCommand,
  type DeviceType,
  type ListDevicesCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** A device of the user as Cognito describes it. */
export type UserDevice = DeviceType;

/** A page of the user's devices, with their access token. */
export function listDevices(ctx: UserSelfContext, input: ListDevicesCommandInput) {
  return traced(ctx.trace, 'ListDevices', input, () =>
    publicClientFor(ctx.poolId).send(new ListDevicesCommand(input)),
  );
}
