import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type InitiateAuthResponse,
  type RespondToAuthChallengeResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { AwsServiceError, callAwsJson } from '../../src/aws/aws-json.ts';
import { EndpointUnreachableError, getErrorMessage } from '../../src/aws/errors.ts';
import { createSrpClient } from '../../src/lib/srp/srp.ts';
import { expectAwsError } from './support/expect-error.ts';
import { targets, uniqueName } from './support/targets.ts';

/**
 * The console signs in with a small fetch client speaking AWS JSON 1.1 rather than the SDK; the
 * same calls, through that client, against both backends.
 */

const PASSWORD = 'Fetch-Client-Pass-1!';
const TEMPORARY = 'Fetch-Client-Temp-1!';

const idpCall = <Output>(url: string, operation: string, input: object) =>
  callAwsJson<Output>({
    endpoint: url,
    target: `AWSCognitoIdentityProviderService.${operation}`,
    input,
    timeoutMs: 10_000,
    maxAttempts: 1,
  });

/** A pool with a client allowing SRP, password and refresh, a signed-up user and an invited one. */
async function signInPool(admin: CognitoIdentityProviderClient) {
  const { UserPool } = await admin.send(
    new CreateUserPoolCommand({ PoolName: uniqueName('fetch-sign-in') }),
  );
  const UserPoolId = UserPool!.Id!;
  const { UserPoolClient } = await admin.send(
    new CreateUserPoolClientCommand({
      UserPoolId,
      ClientName: uniqueName('console'),
      ExplicitAuthFlows: [
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ],
    }),
  );
  await admin.send(new AdminCreateUserCommand({ UserPoolId, Username: 'alice' }));
  await admin.send(
    new AdminSetUserPasswordCommand({
      UserPoolId,
      Username: 'alice',
      Password: PASSWORD,
      Permanent: true,
    }),
  );
  await admin.send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username: 'bob',
      TemporaryPassword: TEMPORARY,
      MessageAction: 'SUPPRESS',
    }),
  );
  return { poolId: UserPoolId, clientId: UserPoolClient!.ClientId! };
}

describe.each(targets())('the console’s fetch client for sign-in on $name', (target) => {
  const admin = target.admin();
  /**
   * moto_server's PASSWORD_VERIFIER challenge carries a SECRET_BLOCK that is not base64, which AWS
   * documents it to be (API_InitiateAuth.html, amazon-cognito-identity-js): SRP fails on moto.
   */
  const itAws = target.name === 'moto' ? it.fails : it;

  itAws(
    'signs in with SRP: InitiateAuth, then the PASSWORD_VERIFIER answer returns tokens',
    async () => {
      const { poolId, clientId } = await signInPool(admin);
      const srp = createSrpClient(poolId);
      const started = await idpCall<InitiateAuthResponse>(target.url, 'InitiateAuth', {
        AuthFlow: 'USER_SRP_AUTH',
        ClientId: clientId,
        AuthParameters: { USERNAME: 'alice', SRP_A: srp.srpA },
      });
      expect(started.ChallengeName).toBe('PASSWORD_VERIFIER');
      const params = started.ChallengeParameters!;
      const claim = srp.passwordClaim({
        userIdForSrp: params.USER_ID_FOR_SRP!,
        password: PASSWORD,
        srpB: params.SRP_B!,
        salt: params.SALT!,
        secretBlock: params.SECRET_BLOCK!,
      });
      const verified = await idpCall<RespondToAuthChallengeResponse>(
        target.url,
        'RespondToAuthChallenge',
        {
          ClientId: clientId,
          ChallengeName: 'PASSWORD_VERIFIER',
          Session: started.Session,
          ChallengeResponses: { USERNAME: params.USERNAME ?? params.USER_ID_FOR_SRP, ...claim },
        },
      );
      expect(verified.AuthenticationResult?.IdToken).toMatch(/^eyJ/);
      expect(verified.AuthenticationResult?.RefreshToken).toBeTruthy();

      const refreshed = await idpCall<InitiateAuthResponse>(target.url, 'InitiateAuth', {
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: clientId,
        AuthParameters: { REFRESH_TOKEN: verified.AuthenticationResult!.RefreshToken },
      });
      expect(refreshed.AuthenticationResult?.AccessToken).toMatch(/^eyJ/);
    },
  );

  it('throws a wrong password as the SDK would, so the page reads "Incorrect username or password."', async () => {
    const { clientId } = await signInPool(admin);
    const error = await expectAwsError(
      () =>
        idpCall(target.url, 'InitiateAuth', {
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: clientId,
          AuthParameters: { USERNAME: 'alice', PASSWORD: 'Not-The-Password-1!' },
        }),
      'NotAuthorizedException',
    );
    expect(error).toBeInstanceOf(AwsServiceError);
    expect(error).toMatchObject({ $fault: 'client', $metadata: { httpStatusCode: 400 } });
    expect(getErrorMessage(error, { kind: 'sign-in' })).toMatch(
      /^Incorrect username or password\./,
    );
  });

  it('asks an invited user for a new password and accepts it', async () => {
    const { clientId } = await signInPool(admin);
    const started = await idpCall<InitiateAuthResponse>(target.url, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: 'bob', PASSWORD: TEMPORARY },
    });
    expect(started.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    const answered = await idpCall<RespondToAuthChallengeResponse>(
      target.url,
      'RespondToAuthChallenge',
      {
        ClientId: clientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: started.Session,
        ChallengeResponses: { USERNAME: 'bob', NEW_PASSWORD: PASSWORD },
      },
    );
    expect(answered.AuthenticationResult?.IdToken).toMatch(/^eyJ/);
  });

  it('names an unknown app client by its exception', async () => {
    await expectAwsError(
      () =>
        idpCall(target.url, 'InitiateAuth', {
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: 'nosuchclient0000000000000',
          AuthParameters: { USERNAME: 'alice', PASSWORD },
        }),
      'ResourceNotFoundException',
    );
  });
});

describe('the console’s fetch client without an answer', () => {
  it('names the endpoint it cannot reach, after its retries', async () => {
    const error = await callAwsJson({
      endpoint: 'http://127.0.0.1:9',
      target: 'AWSCognitoIdentityProviderService.InitiateAuth',
      input: {},
      timeoutMs: 2_000,
      maxAttempts: 2,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointUnreachableError);
    expect(getErrorMessage(error)).toMatch(/^Cannot reach http:\/\/127\.0\.0\.1:9\./);
  });
});
