import {
  GlobalSignOutCommand,
  type GlobalSignOutCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Signs the user out everywhere: every refresh token of theirs is revoked. */
export function globalSignOut(ctx: UserSelfContext, input: GlobalSignOutCommandInput) {
  return traced(ctx.trace, 'GlobalSignOut', input, () =>
    publicClientFor(ctx.poolId).send(new GlobalSignOutCommand(input)),
  );
}
