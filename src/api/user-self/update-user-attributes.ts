import {
  UpdateUserAttributesCommand,
  type UpdateUserAttributesCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Changes the user's attributes; a new email or phone may wait for verification. */
export function updateUserAttributes(
  ctx: UserSelfContext,
  input: UpdateUserAttributesCommandInput,
) {
  return traced(ctx.trace, 'UpdateUserAttributes', input, () =>
    publicClientFor(ctx.poolId).send(new UpdateUserAttributesCommand(input)),
  );
}
