import {
  DeleteUserCommand,
  type DeleteUserCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** The user deletes themself with their access token. */
export function deleteUser(ctx: UserSelfContext, input: DeleteUserCommandInput) {
  return traced(ctx.trace, 'DeleteUser', input, () =>
    publicClientFor(ctx.poolId).send(new DeleteUserCommand(input)),
  );
}
