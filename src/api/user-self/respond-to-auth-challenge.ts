import {
  RespondToAuthChallengeCommand,
  type RespondToAuthChallengeCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClientFor, traced, type UserSelfContext } from './user-self-call';

/** Answers the challenge the last answer asked for. */
export function respondToAuthChallenge(
  ctx: UserSelfContext,
  input: Omit<RespondToAuthChallengeCommandInput, 'ClientId'>,
) {
  const request = { ClientId: ctx.clientId, ...input };
  return traced(ctx.trace, 'RespondToAuthChallenge', request, () =>
    publicClientFor(ctx.poolId).send(new RespondToAuthChallengeCommand(request)),
  );
}
