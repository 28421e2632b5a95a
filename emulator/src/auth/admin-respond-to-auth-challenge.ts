import type { RequestContext } from '../protocol/context.ts';
import { resolvePoolClient } from './admin-initiate-auth.ts';
import { answerChallenge } from './respond-to-auth-challenge.ts';

interface AdminRespondInput {
  UserPoolId: string;
  ClientId: string;
  ChallengeName: string;
  Session?: string;
  ChallengeResponses?: Record<string, string>;
}

/** AdminRespondToAuthChallenge: answers the challenge an AdminInitiateAuth (or InitiateAuth) set. */
export function adminRespondToAuthChallenge(input: AdminRespondInput, ctx: RequestContext) {
  const target = resolvePoolClient(ctx, input.UserPoolId, input.ClientId);
  return answerChallenge(
    ctx,
    target,
    input.ChallengeName,
    input.Session,
    input.ChallengeResponses ?? {},
  );
}
