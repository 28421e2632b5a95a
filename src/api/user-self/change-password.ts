import {
  ChangePasswordCommand,
  type ChangePasswordCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Changes the password with the access token and the current password. */
export function changePassword(ctx: UserSelfContext, input: ChangePasswordCommandInput) {
  return traced(ctx.trace, 'ChangePassword', input, () =>
    publicClientFor(ctx.poolId).send(new ChangePasswordCommand(input)),
  );
}
