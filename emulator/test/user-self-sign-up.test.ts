import {
  ConfirmSignUpCommand,
  ResendConfirmationCodeCommand,
  type SchemaAttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { secretHash } from '../src/auth/secret-hash.ts';
import { expectAwsError } from './support/expect-error.ts';
import { publicClient } from './support/sign-in.ts';
import { targets } from './support/targets.ts';
import {
  attributesOf,
  emailFor,
  lastCode,
  outboxFor,
  PASSWORD,
  passwordSignIn,
  selfServicePool,
  signUp,
} from './support/user-self.ts';

const REQUIRED_NAME: SchemaAttributeType[] = [
  { Name: 'name', AttributeDataType: 'String', Mutable: true, Required: true },
];

describe.each(targets())('SignUp, ConfirmSignUp and ResendConfirmationCode on $name', (target) => {
  const admin = target.admin();
  const client = publicClient(target.url);
  /**
   * moto_server checks no confirmation code (any code confirms), no SECRET_HASH at sign-up, no
   * required attributes, and has no ResendConfirmationCode; AWS documents each
   * (API_ConfirmSignUp.html: CodeMismatchException, ExpiredCodeException, LimitExceededException;
   * API_SignUp.html: SecretHash, InvalidParameterException; API_ResendConfirmationCode.html).
   */
  const itAws = target.name === 'moto' ? it.fails : it;
  const confirm = (clientId: string, Username: string, ConfirmationCode: string) =>
    client.send(new ConfirmSignUpCommand({ ClientId: clientId, Username, ConfirmationCode }));

  it('signs a user up UNCONFIRMED and says where the code went', async () => {
    const { poolId, clientId } = await selfServicePool(admin);
    const email = emailFor('carol');
    const signed = await signUp(target, clientId, 'carol', email);
    expect(signed.UserConfirmed).toBe(false);
    expect(signed.UserSub).toMatch(/^[0-9a-f-]{36}$/);
    expect(signed.CodeDeliveryDetails).toEqual({
      Destination: `${email[0]}***@e***`,
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const { status, attributes } = await attributesOf(admin, poolId, 'carol');
    expect(status).toBe('UNCONFIRMED');
    expect(attributes.sub).toBe(signed.UserSub);
  });

  if (target.name === 'emulator') {
    it('puts the sign-up code in the outbox, worded by the pool template', async () => {
      const { clientId } = await selfServicePool(admin, {
        VerificationMessageTemplate: {
          DefaultEmailOption: 'CONFIRM_WITH_CODE',
          EmailMessage: 'Welcome! Your code: {####}',
          EmailSubject: 'Confirm your account',
        },
      });
      const email = emailFor('tmpl');
      await signUp(target, clientId, 'tmpl', email);
      const [message] = await outboxFor(target, email);
      expect(message!.code).toMatch(/^\d{6}$/);
      expect(message!.body).toBe(`Welcome! Your code: ${message!.code}`);
    });
  }

  it('refuses a user that cannot sign in before the code is confirmed', async () => {
    const { clientId } = await selfServicePool(admin);
    await signUp(target, clientId, 'early', emailFor('early'));
    const error = await expectAwsError(
      () => passwordSignIn(target, clientId, 'early', PASSWORD),
      'UserNotConfirmedException',
    );
    expect(error.message).toBe('User is not confirmed.');
  });

  // moto words it "The provided password does not confirm to the configured password policy".
  itAws('refuses a password that breaks the pool policy, with AWS wording', async () => {
    const { clientId } = await selfServicePool(admin);
    const error = await expectAwsError(
      () => signUp(target, clientId, 'weak', emailFor('weak'), { Password: 'alllowercase1!' }),
      'InvalidPasswordException',
    );
    expect(error.message).toMatch(/^Password did not conform with policy: /);
  });

  it('refuses a username that is taken', async () => {
    const { clientId } = await selfServicePool(admin);
    await signUp(target, clientId, 'twice', emailFor('twice'));
    await expectAwsError(
      () => signUp(target, clientId, 'twice', emailFor('twice')),
      'UsernameExistsException',
    );
  });

  itAws('refuses a sign-up without a required attribute', async () => {
    const { clientId } = await selfServicePool(admin, { Schema: REQUIRED_NAME });
    const error = await expectAwsError(
      () => signUp(target, clientId, 'nameless', emailFor('nameless')),
      'InvalidParameterException',
    );
    expect(error.message).toContain('name: The attribute is required');
  });

  itAws('a client with a secret needs SECRET_HASH, and accepts the right one', async () => {
    const { poolId, clientId, clientSecret } = await selfServicePool(
      admin,
      {},
      { GenerateSecret: true },
    );
    await expectAwsError(
      () => signUp(target, clientId, 'hashless', emailFor('hashless')),
      'NotAuthorizedException',
    );
    await signUp(target, clientId, 'hashed', emailFor('hashed'), {
      SecretHash: secretHash(clientSecret!, 'hashed', clientId),
    });
    expect((await attributesOf(admin, poolId, 'hashed')).status).toBe('UNCONFIRMED');
  });

  it('confirms with the code: CONFIRMED, and the user can sign in', async () => {
    const { poolId, clientId } = await selfServicePool(admin);
    const email = emailFor('dave');
    await signUp(target, clientId, 'dave', email);
    await confirm(clientId, 'dave', await lastCode(target, email));
    expect((await attributesOf(admin, poolId, 'dave')).status).toBe('CONFIRMED');
    const signedIn = await passwordSignIn(target, clientId, 'dave', PASSWORD);
    expect(signedIn.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  itAws('confirming verifies the email the code went to', async () => {
    const { poolId, clientId } = await selfServicePool(admin);
    const email = emailFor('erin');
    await signUp(target, clientId, 'erin', email);
    await confirm(clientId, 'erin', await lastCode(target, email));
    expect((await attributesOf(admin, poolId, 'erin')).attributes.email_verified).toBe('true');
  });

  itAws('refuses a wrong code with CodeMismatchException', async () => {
    const { poolId, clientId } = await selfServicePool(admin);
    const email = emailFor('wrong');
    await signUp(target, clientId, 'wrong', email);
    const code = await lastCode(target, email);
    const wrong = code === '000000' ? '111111' : '000000';
    const error = await expectAwsError(
      () => confirm(clientId, 'wrong', wrong),
      'CodeMismatchException',
    );
    expect(error.message).toBe('Invalid verification code provided, please try again.');
    expect((await attributesOf(admin, poolId, 'wrong')).status).toBe('UNCONFIRMED');
  });

  itAws('after too many wrong codes, even the right one is refused for a while', async () => {
    const { clientId } = await selfServicePool(admin);
    const email = emailFor('guess');
    await signUp(target, clientId, 'guess', email);
    const code = await lastCode(target, email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++)
      await expectAwsError(() => confirm(clientId, 'guess', wrong), 'CodeMismatchException');
    const error = await expectAwsError(
      () => confirm(clientId, 'guess', code),
      'LimitExceededException',
    );
    expect(error.message).toBe('Attempt limit exceeded, please try after some time.');
  });

  itAws('refuses to confirm a user twice', async () => {
    const { clientId } = await selfServicePool(admin);
    const email = emailFor('again');
    await signUp(target, clientId, 'again', email);
    const code = await lastCode(target, email);
    await confirm(clientId, 'again', code);
    const error = await expectAwsError(
      () => confirm(clientId, 'again', code),
      'NotAuthorizedException',
    );
    expect(error.message).toBe('User cannot be confirmed. Current status is CONFIRMED');
  });

  itAws('resends a fresh code: the new one confirms, the old one no longer does', async () => {
    const { poolId, clientId } = await selfServicePool(admin);
    const email = emailFor('resend');
    await signUp(target, clientId, 'resend', email);
    const first = await lastCode(target, email);
    const resent = await client.send(
      new ResendConfirmationCodeCommand({ ClientId: clientId, Username: 'resend' }),
    );
    expect(resent.CodeDeliveryDetails?.DeliveryMedium).toBe('EMAIL');
    const second = await lastCode(target, email);
    if (first !== second)
      await expectAwsError(() => confirm(clientId, 'resend', first), 'CodeMismatchException');
    await confirm(clientId, 'resend', second);
    expect((await attributesOf(admin, poolId, 'resend')).status).toBe('CONFIRMED');
  });

  itAws('does not resend to a confirmed user', async () => {
    const { clientId } = await selfServicePool(admin);
    const email = emailFor('done');
    await signUp(target, clientId, 'done', email);
    await confirm(clientId, 'done', await lastCode(target, email));
    const error = await expectAwsError(
      () =>
        client.send(new ResendConfirmationCodeCommand({ ClientId: clientId, Username: 'done' })),
      'InvalidParameterException',
    );
    expect(error.message).toBe('User is already confirmed.');
  });

  itAws('an unknown user is UserNotFoundException, unless the client hides it', async () => {
    const legacy = await selfServicePool(admin);
    await expectAwsError(
      () => confirm(legacy.clientId, 'nobody', '123456'),
      'UserNotFoundException',
    );
    const hiding = await selfServicePool(admin, {}, { PreventUserExistenceErrors: 'ENABLED' });
    await expectAwsError(
      () => confirm(hiding.clientId, 'nobody', '123456'),
      'CodeMismatchException',
    );
    const resent = await client.send(
      new ResendConfirmationCodeCommand({ ClientId: hiding.clientId, Username: 'nobody' }),
    );
    expect(resent.CodeDeliveryDetails?.DeliveryMedium).toBe('EMAIL');
  });
});
