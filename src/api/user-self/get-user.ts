import {
  GetUserCommand,
  type GetUserCommandInput,
  type GetUserCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** What GetUser says of the user: attributes and MFA settings. */
export type SelfUser = GetUserCommandOutput;

/** The signed-in user's own attributes and MFA settings, with their access token. */
export function getUser(ctx: UserSelfContext, input: GetUserCommandInput) {
  return traced(ctx.trace, 'GetUser', input, () =>
    publicClientFor(ctx.poolId).send(new GetUserCommand(input)),
  );
}
