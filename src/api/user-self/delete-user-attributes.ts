import {
  DeleteUserAttributesCommand,
  type DeleteUserAttributesCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Removes attributes from the user, with their access token; required ones are refused. */
export function deleteUserAttributes(
  ctx: UserSelfContext,
  input: DeleteUserAttributesCommandInput,
) {
  return traced(ctx.trace, 'DeleteUserAttributes', input, () =>
    publicClientFor(ctx.poolId).send(new DeleteUserAttributesCommand(input)),
  );
}
