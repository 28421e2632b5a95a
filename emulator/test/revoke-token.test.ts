import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  RevokeTokenCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { publicClient } from './support/sign-in.ts';
import { targets, uniqueName } from './support/targets.ts';

const PASSWORD = 'Revoke-Token-Pass-1!';

/** A pool with a user who signs in by password through a client without a secret. */
async function signedInSession(admin: CognitoIdentityProviderClient, url: string) {
  const { UserPool } = await admin.send(
    new CreateUserPoolCommand({ PoolName: uniqueName('revoke') }),
  );
  const UserPoolId = UserPool!.Id!;
  const client = async (extra: { GenerateSecret?: boolean; EnableTokenRevocation?: boolean }) =>
    (
      await admin.send(
        new CreateUserPoolClientCommand({
          UserPoolId,
          ClientName: uniqueName('app'),
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
          ...extra,
        }),
      )
    ).UserPoolClient!;
  const app = await client({});
  await admin.send(new AdminCreateUserCommand({ UserPoolId, Username: 'alice' }));
  await admin.send(
    new AdminSetUserPasswordCommand({
      UserPoolId,
      Username: 'alice',
      Password: PASSWORD,
      Permanent: true,
    }),
  );
  const { AuthenticationResult } = await publicClient(url).send(
    new InitiateAuthCommand({
      ClientId: app.ClientId!,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'alice', PASSWORD },
    }),
  );
  return { clientId: app.ClientId!, tokens: AuthenticationResult!, newClient: client };
}

const refresh = (url: string, clientId: string, refreshToken: string) =>
  publicClient(url).send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    }),
  );

describe.each(targets())('RevokeToken on $name', (target) => {
  const admin = target.admin();
  /**
   * moto_server does not implement RevokeToken; AWS documents it and its errors
   * (API_RevokeToken.html): the test documents that moto differs.
   */
  const itAws = target.name === 'moto' ? it.fails : it;

  itAws('ends the session: its refresh token no longer refreshes', async () => {
    const { clientId, tokens } = await signedInSession(admin, target.url);
    const before = await refresh(target.url, clientId, tokens.RefreshToken!);
    expect(before.AuthenticationResult?.AccessToken).toBeTruthy();

    await publicClient(target.url).send(
      new RevokeTokenCommand({ ClientId: clientId, Token: tokens.RefreshToken! }),
    );
    const error = await expectAwsError(
      () => refresh(target.url, clientId, tokens.RefreshToken!),
      'NotAuthorizedException',
    );
    expect(error.message).toBe('Refresh Token has been revoked');
  });

  itAws('refuses to revoke an access token: only refresh tokens are revocable', async () => {
    const { clientId, tokens } = await signedInSession(admin, target.url);
    await expectAwsError(
      () =>
        publicClient(target.url).send(
          new RevokeTokenCommand({ ClientId: clientId, Token: tokens.AccessToken! }),
        ),
      'UnsupportedTokenTypeException',
    );
  });

  itAws('refuses a client with a secret that does not send it, or sends a wrong one', async () => {
    const { tokens, newClient } = await signedInSession(admin, target.url);
    const secretClient = await newClient({ GenerateSecret: true });
    for (const ClientSecret of [
      undefined,
      'notTheSecretOfThisClient0000000000000000000000000000',
    ]) {
      await expectAwsError(
        () =>
          publicClient(target.url).send(
            new RevokeTokenCommand({
              ClientId: secretClient.ClientId!,
              ClientSecret,
              Token: tokens.RefreshToken!,
            }),
          ),
        'UnauthorizedException',
      );
    }
  });

  itAws('refuses a client whose token revocation is turned off', async () => {
    const { tokens, newClient } = await signedInSession(admin, target.url);
    const noRevocation = await newClient({ EnableTokenRevocation: false });
    await expectAwsError(
      () =>
        publicClient(target.url).send(
          new RevokeTokenCommand({ ClientId: noRevocation.ClientId!, Token: tokens.RefreshToken! }),
        ),
      'UnsupportedOperationException',
    );
  });

  itAws("refuses to revoke another client's refresh token, which keeps working", async () => {
    const { clientId, tokens, newClient } = await signedInSession(admin, target.url);
    const other = await newClient({});
    await expectAwsError(
      () =>
        publicClient(target.url).send(
          new RevokeTokenCommand({ ClientId: other.ClientId!, Token: tokens.RefreshToken! }),
        ),
      'UnauthorizedException',
    );
    const after = await refresh(target.url, clientId, tokens.RefreshToken!);
    expect(after.AuthenticationResult?.IdToken).toBeTruthy();
  });
});
