import {
  GetDeviceCommand,
  type GetDeviceCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** One device of the user, with their access token. */
export function getDevice(ctx: UserSelfContext, input: GetDeviceCommandInput) {
  return traced(ctx.trace, 'GetDevice', input, () =>
    publicClientFor(ctx.poolId).send(new GetDeviceCommand(input)),
  );
}
