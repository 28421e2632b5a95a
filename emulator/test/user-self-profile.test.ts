import {
  AdminGetUserCommand,
  DeleteUserAttributesCommand,
  DeleteUserCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  SetUserSettingsCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { publicClient } from './support/sign-in.ts';
import { targets } from './support/targets.ts';
import {
  confirmedUser,
  emailFor,
  lastCode,
  PASSWORD,
  passwordSignIn,
  selfServicePool,
} from './support/user-self.ts';

describe.each(targets())('a user managing their own account on $name', (target) => {
  const admin = target.admin();
  const client = publicClient(target.url);
  /**
   * moto_server sends no verification codes and accepts any, keeps no pending value for
   * UserAttributeUpdateSettings, words token refusals differently, and has no DeleteUserAttributes,
   * DeleteUser or SetUserSettings; AWS documents each (API_UpdateUserAttributes.html,
   * API_VerifyUserAttribute.html, API_GlobalSignOut.html, API_DeleteUserAttributes.html,
   * API_DeleteUser.html, API_SetUserSettings.html).
   */
  const itAws = target.name === 'moto' ? it.fails : it;

  /** A confirmed user with a verified email, signed in: their tokens and how to read them back. */
  async function signedIn(settings: { verifyFirst?: boolean } = {}) {
    const { poolId, clientId } = await selfServicePool(admin, {
      ...(settings.verifyFirst
        ? { UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] } }
        : {}),
    });
    const email = emailFor('self');
    await confirmedUser(admin, poolId, 'mia', email);
    const { AuthenticationResult } = await passwordSignIn(target, clientId, 'mia', PASSWORD);
    const AccessToken = AuthenticationResult!.AccessToken!;
    const profile = async () => {
      const user = await client.send(new GetUserCommand({ AccessToken }));
      return Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    };
    return { poolId, clientId, email, AccessToken, tokens: AuthenticationResult!, profile };
  }

  it('GetUser answers the signed-in user and their attributes', async () => {
    const { AccessToken, email } = await signedIn();
    const user = await client.send(new GetUserCommand({ AccessToken }));
    expect(user.Username).toBe('mia');
    expect(user.UserAttributes).toContainEqual({ Name: 'email', Value: email });
  });

  it('UpdateUserAttributes changes an attribute', async () => {
    const { AccessToken, profile } = await signedIn();
    await client.send(
      new UpdateUserAttributesCommand({
        AccessToken,
        UserAttributes: [{ Name: 'given_name', Value: 'Mia' }],
      }),
    );
    expect((await profile()).given_name).toBe('Mia');
  });

  itAws('DeleteUserAttributes removes an attribute', async () => {
    const { AccessToken, profile } = await signedIn();
    await client.send(
      new UpdateUserAttributesCommand({
        AccessToken,
        UserAttributes: [{ Name: 'given_name', Value: 'Mia' }],
      }),
    );
    await client.send(
      new DeleteUserAttributesCommand({ AccessToken, UserAttributeNames: ['given_name'] }),
    );
    expect((await profile()).given_name).toBeUndefined();
  });

  itAws('a new email is unverified until the code sent to it is verified', async () => {
    const { AccessToken, profile } = await signedIn();
    const next = emailFor('next');
    const updated = await client.send(
      new UpdateUserAttributesCommand({
        AccessToken,
        UserAttributes: [{ Name: 'email', Value: next }],
      }),
    );
    expect(updated.CodeDeliveryDetailsList).toEqual([
      { Destination: `${next[0]}***@e***`, DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    ]);
    expect(await profile()).toMatchObject({ email: next, email_verified: 'false' });
    await client.send(
      new VerifyUserAttributeCommand({
        AccessToken,
        AttributeName: 'email',
        Code: await lastCode(target, next),
      }),
    );
    expect((await profile()).email_verified).toBe('true');
  });

  itAws(
    'with verification before update, the old email stays until the new one is verified',
    async () => {
      const { AccessToken, email, profile } = await signedIn({ verifyFirst: true });
      const next = emailFor('held');
      await client.send(
        new UpdateUserAttributesCommand({
          AccessToken,
          UserAttributes: [{ Name: 'email', Value: next }],
        }),
      );
      expect(await profile()).toMatchObject({ email, email_verified: 'true' });
      await client.send(
        new VerifyUserAttributeCommand({
          AccessToken,
          AttributeName: 'email',
          Code: await lastCode(target, next),
        }),
      );
      expect(await profile()).toMatchObject({ email: next, email_verified: 'true' });
    },
  );

  itAws('GetUserAttributeVerificationCode sends a code; a wrong one is refused', async () => {
    const { AccessToken, email } = await signedIn();
    const sent = await client.send(
      new GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: 'email' }),
    );
    expect(sent.CodeDeliveryDetails?.AttributeName).toBe('email');
    const code = await lastCode(target, email);
    const error = await expectAwsError(
      () =>
        client.send(
          new VerifyUserAttributeCommand({
            AccessToken,
            AttributeName: 'email',
            Code: code === '000000' ? '111111' : '000000',
          }),
        ),
      'CodeMismatchException',
    );
    expect(error.message).toBe('Invalid verification code provided, please try again.');
  });

  itAws('GlobalSignOut revokes the refresh token and the access token', async () => {
    const { AccessToken, clientId, tokens } = await signedIn();
    // A token's iat has whole seconds: sign out in a later second than the one it was issued in.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await client.send(new GlobalSignOutCommand({ AccessToken }));
    await expectAwsError(
      () =>
        client.send(
          new InitiateAuthCommand({
            ClientId: clientId,
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken! },
          }),
        ),
      'NotAuthorizedException',
    );
    const error = await expectAwsError(
      () => client.send(new GetUserCommand({ AccessToken })),
      'NotAuthorizedException',
    );
    expect(error.message).toBe('Access Token has been revoked');
  });

  itAws('SetUserSettings turns on the legacy SMS MFA option', async () => {
    const { AccessToken, poolId } = await signedIn();
    await client.send(
      new SetUserSettingsCommand({
        AccessToken,
        MFAOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }],
      }),
    );
    const user = await admin.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'mia' }));
    expect(user.MFAOptions).toEqual([{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }]);
  });

  itAws('DeleteUser removes the account', async () => {
    const { AccessToken, poolId } = await signedIn();
    await client.send(new DeleteUserCommand({ AccessToken }));
    await expectAwsError(
      () => admin.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'mia' })),
      'UserNotFoundException',
    );
  });
});
