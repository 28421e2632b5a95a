import {
  AdminResetUserPasswordCommand,
  AdminUserGlobalSignOutCommand,
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  type CreateUserPoolRequest,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import { publicClient } from './support/sign-in.ts';
import { targets } from './support/targets.ts';
import {
  attributesOf,
  confirmedUser,
  emailFor,
  lastCode,
  NEW_PASSWORD,
  PASSWORD,
  passwordSignIn,
  selfServicePool,
} from './support/user-self.ts';

const BY_EMAIL: Partial<CreateUserPoolRequest> = {
  AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
};

describe.each(targets())(
  'ForgotPassword, ConfirmForgotPassword, ChangePassword on $name',
  (target) => {
    const admin = target.admin();
    const client = publicClient(target.url);
    /**
     * moto_server accepts any reset code, does not check the new password against the policy, always
     * answers ForgotPassword with a delivery (also for unknown users and unverified addresses), and
     * words ChangePassword's refusal with the username. AWS documents each
     * (API_ConfirmForgotPassword.html, API_ForgotPassword.html, API_ChangePassword.html).
     */
    const itAws = target.name === 'moto' ? it.fails : it;
    const forgot = (ClientId: string, Username: string) =>
      client.send(new ForgotPasswordCommand({ ClientId, Username }));
    const confirmForgot = (
      ClientId: string,
      Username: string,
      ConfirmationCode: string,
      Password = NEW_PASSWORD,
    ) =>
      client.send(
        new ConfirmForgotPasswordCommand({ ClientId, Username, ConfirmationCode, Password }),
      );

    it('sends a reset code to the verified email; the new password then signs in', async () => {
      const { poolId, clientId } = await selfServicePool(admin, BY_EMAIL);
      const email = emailFor('frank');
      await confirmedUser(admin, poolId, 'frank', email);
      const sent = await forgot(clientId, 'frank');
      expect(sent.CodeDeliveryDetails).toEqual({
        Destination: `${email[0]}***@e***`,
        DeliveryMedium: 'EMAIL',
        AttributeName: 'email',
      });
      await confirmForgot(clientId, 'frank', await lastCode(target, email));
      const signedIn = await passwordSignIn(target, clientId, 'frank', NEW_PASSWORD);
      expect(signedIn.AuthenticationResult?.AccessToken).toBeTruthy();
      await expectAwsError(
        () => passwordSignIn(target, clientId, 'frank', PASSWORD),
        'NotAuthorizedException',
      );
    });

    it('refuses to reset when the pool lets only administrators recover accounts', async () => {
      const { poolId, clientId } = await selfServicePool(admin, {
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'admin_only', Priority: 1 }] },
      });
      await confirmedUser(admin, poolId, 'locked', emailFor('locked'));
      const error = await expectAwsError(
        () => forgot(clientId, 'locked'),
        'NotAuthorizedException',
      );
      expect(error.message).toBe('Contact administrator to reset password.');
    });

    itAws('refuses a user with no verified email or phone', async () => {
      const { poolId, clientId } = await selfServicePool(admin, BY_EMAIL);
      await confirmedUser(admin, poolId, 'unverified', emailFor('unverified'), false);
      const error = await expectAwsError(
        () => forgot(clientId, 'unverified'),
        'InvalidParameterException',
      );
      expect(error.message).toBe(
        'Cannot reset password for the user as there is no registered/verified email or phone_number',
      );
    });

    it('with PreventUserExistenceErrors, an unknown user gets a plausible delivery', async () => {
      const { clientId } = await selfServicePool(admin, BY_EMAIL, {
        PreventUserExistenceErrors: 'ENABLED',
      });
      const sent = await forgot(clientId, 'ghost');
      expect(sent.CodeDeliveryDetails).toMatchObject({
        DeliveryMedium: 'EMAIL',
        AttributeName: 'email',
      });
    });

    itAws('without it, an unknown user is UserNotFoundException', async () => {
      const { clientId } = await selfServicePool(admin, BY_EMAIL);
      await expectAwsError(() => forgot(clientId, 'ghost'), 'UserNotFoundException');
    });

    itAws('refuses a wrong reset code, and keeps the old password', async () => {
      const { poolId, clientId } = await selfServicePool(admin, BY_EMAIL);
      const email = emailFor('grace');
      await confirmedUser(admin, poolId, 'grace', email);
      await forgot(clientId, 'grace');
      const code = await lastCode(target, email);
      const error = await expectAwsError(
        () => confirmForgot(clientId, 'grace', code === '000000' ? '111111' : '000000'),
        'CodeMismatchException',
      );
      expect(error.message).toBe('Invalid verification code provided, please try again.');
      const signedIn = await passwordSignIn(target, clientId, 'grace', PASSWORD);
      expect(signedIn.AuthenticationResult?.AccessToken).toBeTruthy();
    });

    itAws('holds the new password to the pool policy', async () => {
      const { poolId, clientId } = await selfServicePool(admin, BY_EMAIL);
      const email = emailFor('heidi');
      await confirmedUser(admin, poolId, 'heidi', email);
      await forgot(clientId, 'heidi');
      await expectAwsError(
        () => confirmForgot(clientId, 'heidi', '123456', 'short'),
        'InvalidPasswordException',
      );
    });

    itAws('a user an administrator reset (RESET_REQUIRED) is CONFIRMED again', async () => {
      const { poolId, clientId } = await selfServicePool(admin, BY_EMAIL);
      const email = emailFor('ivan');
      await confirmedUser(admin, poolId, 'ivan', email);
      await admin.send(new AdminResetUserPasswordCommand({ UserPoolId: poolId, Username: 'ivan' }));
      expect((await attributesOf(admin, poolId, 'ivan')).status).toBe('RESET_REQUIRED');
      await confirmForgot(clientId, 'ivan', await lastCode(target, email));
      expect((await attributesOf(admin, poolId, 'ivan')).status).toBe('CONFIRMED');
    });

    it('a signed-in user changes their password', async () => {
      const { poolId, clientId } = await selfServicePool(admin, BY_EMAIL);
      await confirmedUser(admin, poolId, 'judy', emailFor('judy'));
      const { AuthenticationResult } = await passwordSignIn(target, clientId, 'judy', PASSWORD);
      await client.send(
        new ChangePasswordCommand({
          AccessToken: AuthenticationResult!.AccessToken!,
          PreviousPassword: PASSWORD,
          ProposedPassword: NEW_PASSWORD,
        }),
      );
      const again = await passwordSignIn(target, clientId, 'judy', NEW_PASSWORD);
      expect(again.AuthenticationResult?.AccessToken).toBeTruthy();
    });

    itAws('refuses a wrong previous password with "Incorrect username or password."', async () => {
      const { poolId, clientId } = await selfServicePool(admin, BY_EMAIL);
      await confirmedUser(admin, poolId, 'kim', emailFor('kim'));
      const { AuthenticationResult } = await passwordSignIn(target, clientId, 'kim', PASSWORD);
      const error = await expectAwsError(
        () =>
          client.send(
            new ChangePasswordCommand({
              AccessToken: AuthenticationResult!.AccessToken!,
              PreviousPassword: 'Not-The-Password-1!',
              ProposedPassword: NEW_PASSWORD,
            }),
          ),
        'NotAuthorizedException',
      );
      expect(error.message).toBe('Incorrect username or password.');
    });

    itAws('refuses an access token revoked by a global sign-out', async () => {
      const { poolId, clientId } = await selfServicePool(admin, BY_EMAIL);
      await confirmedUser(admin, poolId, 'leo', emailFor('leo'));
      const { AuthenticationResult } = await passwordSignIn(target, clientId, 'leo', PASSWORD);
      // A token's iat has whole seconds: sign out in a later second than the one it was issued in.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await admin.send(new AdminUserGlobalSignOutCommand({ UserPoolId: poolId, Username: 'leo' }));
      const error = await expectAwsError(
        () =>
          client.send(
            new ChangePasswordCommand({
              AccessToken: AuthenticationResult!.AccessToken!,
              PreviousPassword: PASSWORD,
              ProposedPassword: NEW_PASSWORD,
            }),
          ),
        'NotAuthorizedException',
      );
      expect(error.message).toBe('Access Token has been revoked');
    });
  },
);
