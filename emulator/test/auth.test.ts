import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { DEMO } from '../src/config.ts';
import { expectAwsError } from './support/expect-error.ts';
import { answerNewPassword, publicClient, srpSignIn } from './support/sign-in.ts';

const url = inject('emulatorUrl');
const issuer = `https://cognito-idp.${DEMO.region}.amazonaws.com/${DEMO.adminPoolId}`;
const NEW_ADMIN_PASSWORD = 'Contract-Admin-Pass-1!';

describe('sign-in on the emulator (SRP, new-password challenge, refresh)', () => {
  let refreshToken = '';

  it('refuses a wrong password with "Incorrect username or password."', async () => {
    const error = await expectAwsError(
      () => srpSignIn(url, DEMO.supportEmail, 'Not-The-Password-1!'),
      'NotAuthorizedException',
    );
    expect(error.message).toBe('Incorrect username or password.');
  });

  it('refuses an unknown user the same way (PreventUserExistenceErrors)', async () => {
    const error = await expectAwsError(
      () => srpSignIn(url, 'nobody@example.com', 'Whatever-Pass-1!'),
      'NotAuthorizedException',
    );
    expect(error.message).toBe('Incorrect username or password.');
  });

  it('asks for a new password after the temporary one, and checks it against the policy', async () => {
    const outcome = await srpSignIn(url, DEMO.adminEmail, DEMO.adminTemporaryPassword);
    expect(outcome.challenge?.name).toBe('NEW_PASSWORD_REQUIRED');
    expect(outcome.challenge?.session).toBeTruthy();

    await expectAwsError(
      () => answerNewPassword(url, outcome, 'short'),
      'InvalidPasswordException',
    );

    const retry = await srpSignIn(url, DEMO.adminEmail, DEMO.adminTemporaryPassword);
    const answered = await answerNewPassword(url, retry, NEW_ADMIN_PASSWORD);
    expect(answered.AuthenticationResult?.IdToken).toBeTruthy();
  });

  it('signs in with the new password and returns AWS-shaped, verifiable tokens', async () => {
    const { result } = await srpSignIn(url, DEMO.adminEmail, NEW_ADMIN_PASSWORD);
    expect(result?.TokenType).toBe('Bearer');
    refreshToken = result!.RefreshToken!;
    const jwks = createRemoteJWKSet(new URL(`${url}/${DEMO.adminPoolId}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(result!.IdToken!, jwks, {
      issuer,
      audience: DEMO.adminClientId,
    });
    expect(payload.token_use).toBe('id');
    expect(payload.email).toBe(DEMO.adminEmail);
    expect(payload['cognito:groups']).toContain('admins');
    const access = decodeJwt(result!.AccessToken!);
    expect(access.token_use).toBe('access');
    expect(access.client_id).toBe(DEMO.adminClientId);
  });

  it('refreshes tokens with REFRESH_TOKEN_AUTH', async () => {
    const refreshed = await publicClient(url).send(
      new InitiateAuthCommand({
        ClientId: DEMO.adminClientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: refreshToken },
      }),
    );
    expect(decodeJwt(refreshed.AuthenticationResult!.IdToken!).iss).toBe(issuer);
  });

  it('refuses a forged refresh token', async () => {
    await expectAwsError(
      () =>
        publicClient(url).send(
          new InitiateAuthCommand({
            ClientId: DEMO.adminClientId,
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            AuthParameters: { REFRESH_TOKEN: 'forged' },
          }),
        ),
      'NotAuthorizedException',
    );
  });

  it('refuses USER_PASSWORD_AUTH on a client that only allows SRP', async () => {
    await expectAwsError(
      () =>
        publicClient(url).send(
          new InitiateAuthCommand({
            ClientId: DEMO.adminClientId,
            AuthFlow: 'USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: DEMO.adminEmail, PASSWORD: NEW_ADMIN_PASSWORD },
          }),
        ),
      'InvalidParameterException',
    );
  });

  beforeAll(() => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
