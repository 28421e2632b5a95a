import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSrpClient } from '../src/lib/srp/srp.ts';

const PASSWORD = 'Bench-Sign-In-Pass-1!';

export interface SignInRate {
  flow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
  /** Completed sign-ins (tokens received) per second, or why the flow could not be measured. */
  perSecond?: number;
  signIns?: number;
  unsupported?: string;
}

export interface SignInFigures {
  target: string;
  rates: SignInRate[];
}

const client = (endpoint: string, credentials: { accessKeyId: string; secretAccessKey: string }) =>
  new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint, credentials, maxAttempts: 1 });

/** A pool, a client allowing SRP and password sign-in, and a confirmed user with a password. */
async function signInPool(admin: CognitoIdentityProviderClient) {
  const { UserPool } = await admin.send(new CreateUserPoolCommand({ PoolName: 'bench-sign-in' }));
  const poolId = UserPool!.Id!;
  const { UserPoolClient } = await admin.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'bench-app',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH'],
    }),
  );
  await admin.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: 'bench',
      MessageAction: 'SUPPRESS',
    }),
  );
  await admin.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: 'bench',
      Password: PASSWORD,
      Permanent: true,
    }),
  );
  return { poolId, clientId: UserPoolClient!.ClientId! };
}

/** InitiateAuth USER_SRP_AUTH, then RespondToAuthChallenge PASSWORD_VERIFIER, as the console does. */
async function srpSignIn(anon: CognitoIdentityProviderClient, poolId: string, ClientId: string) {
  const srp = createSrpClient(poolId);
  const started = await anon.send(
    new InitiateAuthCommand({
      ClientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: 'bench', SRP_A: srp.srpA },
    }),
  );
  const params = started.ChallengeParameters!;
  let claim: ReturnType<typeof srp.passwordClaim>;
  try {
    claim = srp.passwordClaim({
      userIdForSrp: params.USER_ID_FOR_SRP!,
      password: PASSWORD,
      srpB: params.SRP_B!,
      salt: params.SALT!,
      secretBlock: params.SECRET_BLOCK!,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`an SRP client cannot answer its PASSWORD_VERIFIER challenge (${reason})`);
  }
  const answered = await anon.send(
    new RespondToAuthChallengeCommand({
      ClientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      Session: started.Session,
      ChallengeResponses: { USERNAME: params.USERNAME!, ...claim },
    }),
  );
  if (!answered.AuthenticationResult?.AccessToken) {
    throw new Error(`no tokens (challenge ${answered.ChallengeName ?? 'none'})`);
  }
}

async function passwordSignIn(anon: CognitoIdentityProviderClient, ClientId: string) {
  const answered = await anon.send(
    new InitiateAuthCommand({
      ClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'bench', PASSWORD },
    }),
  );
  if (!answered.AuthenticationResult?.AccessToken) {
    throw new Error(`no tokens (challenge ${answered.ChallengeName ?? 'none'})`);
  }
}

/** Completed sign-ins per second with `concurrency` callers for `seconds`, after a warm-up. */
async function rate(
  flow: SignInRate['flow'],
  signIn: () => Promise<void>,
  { seconds, concurrency }: { seconds: number; concurrency: number },
): Promise<SignInRate> {
  try {
    for (let i = 0; i < 5; i++) await signIn();
  } catch (error) {
    return { flow, unsupported: error instanceof Error ? error.message : String(error) };
  }
  let signIns = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await signIn();
        signIns++;
      }
    }),
  );
  return { flow, signIns, perSecond: signIns / ((performance.now() - started) / 1000) };
}

/** Sign-in round trips per second against one endpoint, SRP and password, through the AWS SDK. */
export async function signInRates(
  target: string,
  endpoint: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
  options = { seconds: 5, concurrency: 4 },
): Promise<SignInFigures> {
  const admin = client(endpoint, credentials);
  const anon = client(endpoint, { accessKeyId: 'unused', secretAccessKey: 'unused' });
  const { poolId, clientId } = await signInPool(admin);
  const rates = [
    await rate('USER_SRP_AUTH', () => srpSignIn(anon, poolId, clientId), options),
    await rate('USER_PASSWORD_AUTH', () => passwordSignIn(anon, clientId), options),
  ];
  admin.destroy();
  anon.destroy();
  return { target, rates };
}

/** Milliseconds the client's side of one SRP sign-in takes (A, then the password claim), alone. */
export function clientSrpMs(samples = 20): number {
  const fakeB = (BigInt(`0x${'c0ffee'.repeat(64)}`) * 7n).toString(16);
  const started = performance.now();
  for (let i = 0; i < samples; i++) {
    createSrpClient('us-east-1_BenchPool').passwordClaim({
      userIdForSrp: 'bench',
      password: PASSWORD,
      srpB: fakeB,
      salt: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      secretBlock: Buffer.from('bench').toString('base64'),
    });
  }
  return (performance.now() - started) / samples;
}
