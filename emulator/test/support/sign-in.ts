import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSrpClient } from '../../../src/lib/srp/srp.ts';
import { DEMO } from '../../src/config.ts';

/** An unsigned client, as the browser uses for InitiateAuth and RespondToAuthChallenge. */
export const publicClient = (url: string) =>
  new CognitoIdentityProviderClient({
    region: DEMO.region,
    endpoint: url,
    maxAttempts: 1,
    credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' },
  });

export interface SignInOutcome {
  result?: AuthenticationResultType;
  challenge?: { name: string; session?: string; parameters: Record<string, string> };
}

/** USER_SRP_AUTH then PASSWORD_VERIFIER, exactly as the console does it. */
export async function srpSignIn(
  url: string,
  username: string,
  password: string,
  { poolId = DEMO.adminPoolId, clientId = DEMO.adminClientId } = {},
): Promise<SignInOutcome> {
  const client = publicClient(url);
  const srp = createSrpClient(poolId);
  const started = await client.send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: username, SRP_A: srp.srpA },
    }),
  );
  const params = started.ChallengeParameters!;
  const claim = srp.passwordClaim({
    userIdForSrp: params.USER_ID_FOR_SRP!,
    password,
    srpB: params.SRP_B!,
    salt: params.SALT!,
    secretBlock: params.SECRET_BLOCK!,
  });
  const answered = await client.send(
    new RespondToAuthChallengeCommand({
      ClientId: clientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      Session: started.Session,
      ChallengeResponses: { USERNAME: params.USERNAME!, ...claim },
    }),
  );
  if (answered.AuthenticationResult) return { result: answered.AuthenticationResult };
  return {
    challenge: {
      name: answered.ChallengeName!,
      session: answered.Session,
      parameters: answered.ChallengeParameters ?? {},
    },
  };
}

export async function answerNewPassword(
  url: string,
  outcome: SignInOutcome,
  newPassword: string,
  clientId: string = DEMO.adminClientId,
) {
  const username = outcome.challenge!.parameters.USER_ID_FOR_SRP!;
  const answered = await publicClient(url).send(
    new RespondToAuthChallengeCommand({
      ClientId: clientId,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: outcome.challenge!.session,
      ChallengeResponses: { USERNAME: username, NEW_PASSWORD: newPassword },
    }),
  );
  return answered;
}
