import {
  UpdateDeviceStatusCommand,
  type UpdateDeviceStatusCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Remembers (or forgets) the device, when the pool asks users whether to. */
export function updateDeviceStatus(ctx: UserSelfContext, input: UpdateDeviceStatusCommandInput) {
  return traced(ctx.trace, 'UpdateDeviceStatus', input, () =>
    publicClientFor(ctx.poolId).send(new UpdateDeviceStatusCommand(input)),
  );
}
