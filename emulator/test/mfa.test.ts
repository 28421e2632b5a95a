import {
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  AdminSetUserMFAPreferenceCommand,
  AssociateSoftwareTokenCommand,
  GetUserCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
  type ChallengeNameType,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { expectAwsError } from './support/expect-error.ts';
import {
  authenticatorCode,
  lastSmsCode,
  MFA_PASSWORD,
  mfaPool,
  mfaUser,
  uniquePhone,
} from './support/mfa.ts';
import { publicClient } from './support/sign-in.ts';
import { targets } from './support/targets.ts';

const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');

describe.each(targets())('MFA at sign-in on $name', (target) => {
  const admin = target.admin();
  const client = publicClient(target.url);
  /**
   * moto_server accepts any SMS code and any authenticator code, offers no SELECT_MFA_TYPE,
   * accepts turning on a factor the user cannot receive, asks for no MFA_SETUP when MFA is ON
   * and the user has no factor, and asks for MFA in a pool whose MFA is OFF. AWS documents each:
   * API_RespondToAuthChallenge.html (SMS_MFA_CODE, SOFTWARE_TOKEN_MFA_CODE, SELECT_MFA_TYPE with
   * MFAS_CAN_CHOOSE, MFA_SETUP, CodeMismatchException), API_SetUserMFAPreference.html,
   * API_VerifySoftwareToken.html (EnableSoftwareTokenMFAException), API_SetUserPoolMfaConfig.html
   * (MfaConfiguration OFF: users are not asked for MFA), API_AssociateSoftwareToken.html
   * (SoftwareTokenMFANotFoundException when the pool has no TOTP MFA).
   */
  const itAws = target.name === 'moto' ? it.fails : it;

  const signIn = (clientId: string, username: string) =>
    client.send(
      new InitiateAuthCommand({
        ClientId: clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: MFA_PASSWORD },
      }),
    );
  const respond = (
    clientId: string,
    name: ChallengeNameType,
    session: string | undefined,
    responses: Record<string, string>,
  ) =>
    client.send(
      new RespondToAuthChallengeCommand({
        ClientId: clientId,
        ChallengeName: name,
        Session: session,
        ChallengeResponses: responses,
      }),
    );

  /** Signs in without MFA, sets up an authenticator with the access token, returns its secret. */
  async function withAuthenticator(clientId: string, username: string) {
    const signedIn = await signIn(clientId, username);
    const AccessToken = signedIn.AuthenticationResult!.AccessToken!;
    const { SecretCode } = await client.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    const verified = await client.send(
      new VerifySoftwareTokenCommand({
        AccessToken,
        UserCode: authenticatorCode(SecretCode!),
        FriendlyDeviceName: 'phone app',
      }),
    );
    expect(verified.Status).toBe('SUCCESS');
    return { AccessToken, secret: SecretCode! };
  }

  it('MFA OPTIONAL: an authenticator set up and preferred is asked for at the next sign-in', async () => {
    const { poolId, clientId } = await mfaPool(admin, 'OPTIONAL', { totp: true });
    await mfaUser(admin, poolId, 'tina');
    const { AccessToken, secret } = await withAuthenticator(clientId, 'tina');
    await client.send(
      new SetUserMFAPreferenceCommand({
        AccessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const user = await admin.send(
      new AdminGetUserCommand({ UserPoolId: poolId, Username: 'tina' }),
    );
    expect(user.UserMFASettingList).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(user.PreferredMfaSetting).toBe('SOFTWARE_TOKEN_MFA');
    const me = await client.send(new GetUserCommand({ AccessToken }));
    expect(me.UserMFASettingList).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(me.PreferredMfaSetting).toBe('SOFTWARE_TOKEN_MFA');

    const started = await signIn(clientId, 'tina');
    expect(started.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    expect(started.AuthenticationResult).toBeUndefined();
    const answered = await respond(clientId, 'SOFTWARE_TOKEN_MFA', started.Session, {
      USERNAME: 'tina',
      SOFTWARE_TOKEN_MFA_CODE: authenticatorCode(secret),
    });
    expect(answered.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  itAws('a wrong authenticator code is CodeMismatchException', async () => {
    const { poolId, clientId } = await mfaPool(admin, 'OPTIONAL', { totp: true });
    await mfaUser(admin, poolId, 'tom');
    const { AccessToken, secret } = await withAuthenticator(clientId, 'tom');
    await client.send(
      new SetUserMFAPreferenceCommand({
        AccessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const started = await signIn(clientId, 'tom');
    const error = await expectAwsError(
      () =>
        respond(clientId, 'SOFTWARE_TOKEN_MFA', started.Session, {
          USERNAME: 'tom',
          SOFTWARE_TOKEN_MFA_CODE: wrongCode(authenticatorCode(secret)),
        }),
      'CodeMismatchException',
    );
    expect(error.message).toBe('Invalid code or auth state for the user.');
  });

  itAws('VerifySoftwareToken with a wrong code is EnableSoftwareTokenMFAException', async () => {
    const { poolId, clientId } = await mfaPool(admin, 'OPTIONAL', { totp: true });
    await mfaUser(admin, poolId, 'vera');
    const signedIn = await signIn(clientId, 'vera');
    const AccessToken = signedIn.AuthenticationResult!.AccessToken!;
    const { SecretCode } = await client.send(new AssociateSoftwareTokenCommand({ AccessToken }));
    expect(SecretCode).toMatch(/^[A-Z2-7]{16,}$/);
    const error = await expectAwsError(
      () =>
        client.send(
          new VerifySoftwareTokenCommand({
            AccessToken,
            UserCode: wrongCode(authenticatorCode(SecretCode!)),
          }),
        ),
      'EnableSoftwareTokenMFAException',
    );
    expect(error.message).toBe('Code mismatch and fail enable Software Token MFA');
  });

  itAws(
    'AssociateSoftwareToken in a pool without TOTP MFA is SoftwareTokenMFANotFoundException',
    async () => {
      const { poolId, clientId } = await mfaPool(admin, 'OPTIONAL', { sms: true });
      await mfaUser(admin, poolId, 'noapp');
      const signedIn = await signIn(clientId, 'noapp');
      await expectAwsError(
        () =>
          client.send(
            new AssociateSoftwareTokenCommand({
              AccessToken: signedIn.AuthenticationResult!.AccessToken!,
            }),
          ),
        'SoftwareTokenMFANotFoundException',
      );
    },
  );

  itAws('TOTP cannot be turned on before an authenticator is verified', async () => {
    const { poolId } = await mfaPool(admin, 'OPTIONAL', { totp: true });
    await mfaUser(admin, poolId, 'uma');
    const error = await expectAwsError(
      () =>
        admin.send(
          new AdminSetUserMFAPreferenceCommand({
            UserPoolId: poolId,
            Username: 'uma',
            SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
          }),
        ),
      'InvalidParameterException',
    );
    expect(error.message).toBe(
      'User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA',
    );
  });

  itAws(
    'MFA ON: a user without a factor sets one up (MFA_SETUP) with the Session, then signs in',
    async () => {
      const { poolId, clientId } = await mfaPool(admin, 'ON', { totp: true });
      await mfaUser(admin, poolId, 'sam');
      const started = await signIn(clientId, 'sam');
      expect(started.ChallengeName).toBe('MFA_SETUP');
      expect(JSON.parse(started.ChallengeParameters!.MFAS_CAN_SETUP!)).toContain(
        'SOFTWARE_TOKEN_MFA',
      );
      const associated = await client.send(
        new AssociateSoftwareTokenCommand({ Session: started.Session }),
      );
      expect(associated.Session).toBeTruthy();
      const verified = await client.send(
        new VerifySoftwareTokenCommand({
          Session: associated.Session,
          UserCode: authenticatorCode(associated.SecretCode!),
        }),
      );
      expect(verified.Status).toBe('SUCCESS');
      const answered = await respond(clientId, 'MFA_SETUP', verified.Session, { USERNAME: 'sam' });
      expect(answered.AuthenticationResult?.AccessToken).toBeTruthy();

      const next = await signIn(clientId, 'sam');
      expect(next.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
      const done = await respond(clientId, 'SOFTWARE_TOKEN_MFA', next.Session, {
        USERNAME: 'sam',
        SOFTWARE_TOKEN_MFA_CODE: authenticatorCode(associated.SecretCode!),
      });
      expect(done.AuthenticationResult?.AccessToken).toBeTruthy();
    },
  );

  itAws('SMS_MFA: the code goes to the phone and signs the user in', async () => {
    const { poolId, clientId } = await mfaPool(admin, 'OPTIONAL', { sms: true, totp: true });
    const phone = uniquePhone();
    await mfaUser(admin, poolId, 'sid', phone);
    await admin.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: poolId,
        Username: 'sid',
        SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const started = await signIn(clientId, 'sid');
    expect(started.ChallengeName).toBe('SMS_MFA');
    expect(started.ChallengeParameters).toMatchObject({
      CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
      CODE_DELIVERY_DESTINATION: `+*******${phone.slice(-4)}`,
    });
    const code = await lastSmsCode(target, phone);
    await expectAwsError(
      () =>
        respond(clientId, 'SMS_MFA', started.Session, {
          USERNAME: 'sid',
          SMS_MFA_CODE: wrongCode(code),
        }),
      'CodeMismatchException',
    );
    const answered = await respond(clientId, 'SMS_MFA', started.Session, {
      USERNAME: 'sid',
      SMS_MFA_CODE: code,
    });
    expect(answered.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  itAws('two factors and none preferred: SELECT_MFA_TYPE, then the factor chosen', async () => {
    const { poolId, clientId } = await mfaPool(admin, 'OPTIONAL', { sms: true, totp: true });
    await mfaUser(admin, poolId, 'sel', uniquePhone());
    const { AccessToken, secret } = await withAuthenticator(clientId, 'sel');
    await client.send(
      new SetUserMFAPreferenceCommand({
        AccessToken,
        SMSMfaSettings: { Enabled: true },
        SoftwareTokenMfaSettings: { Enabled: true },
      }),
    );
    const started = await signIn(clientId, 'sel');
    expect(started.ChallengeName).toBe('SELECT_MFA_TYPE');
    expect(JSON.parse(started.ChallengeParameters!.MFAS_CAN_CHOOSE!).sort()).toEqual([
      'SMS_MFA',
      'SOFTWARE_TOKEN_MFA',
    ]);
    const chosen = await respond(clientId, 'SELECT_MFA_TYPE', started.Session, {
      USERNAME: 'sel',
      ANSWER: 'SOFTWARE_TOKEN_MFA',
    });
    expect(chosen.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    const answered = await respond(clientId, 'SOFTWARE_TOKEN_MFA', chosen.Session, {
      USERNAME: 'sel',
      SOFTWARE_TOKEN_MFA_CODE: authenticatorCode(secret),
    });
    expect(answered.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it('the admin pair answers MFA challenges too', async () => {
    const { poolId, clientId } = await mfaPool(admin, 'OPTIONAL', { sms: true });
    const phone = uniquePhone();
    await mfaUser(admin, poolId, 'ann', phone);
    await admin.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: poolId,
        Username: 'ann',
        SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const started = await admin.send(
      new AdminInitiateAuthCommand({
        UserPoolId: poolId,
        ClientId: clientId,
        AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'ann', PASSWORD: MFA_PASSWORD },
      }),
    );
    expect(started.ChallengeName).toBe('SMS_MFA');
    const answered = await admin.send(
      new AdminRespondToAuthChallengeCommand({
        UserPoolId: poolId,
        ClientId: clientId,
        ChallengeName: 'SMS_MFA',
        Session: started.Session,
        ChallengeResponses: { USERNAME: 'ann', SMS_MFA_CODE: await lastSmsCode(target, phone) },
      }),
    );
    expect(answered.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  itAws('MFA OFF: a user with a preferred factor signs in without a challenge', async () => {
    const { poolId, clientId } = await mfaPool(admin, 'OFF', {});
    await mfaUser(admin, poolId, 'otto', uniquePhone());
    await admin.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: poolId,
        Username: 'otto',
        SMSMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
    const signedIn = await signIn(clientId, 'otto');
    expect(signedIn.ChallengeName).toBeUndefined();
    expect(signedIn.AuthenticationResult?.AccessToken).toBeTruthy();
  });
});
