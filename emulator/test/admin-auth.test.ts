import {
  AdminCreateUserCommand,
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  GetUserCommand,
  InitiateAuthCommand,
  type AdminInitiateAuthCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { createSrpClient } from '../../src/lib/srp/srp.ts';
import { expectAwsError } from './support/expect-error.ts';
import { ALL_FLOWS, MFA_PASSWORD, mfaPool, mfaUser } from './support/mfa.ts';
import { publicClient } from './support/sign-in.ts';
import { emulatorSupportClient, targets, uniqueName } from './support/targets.ts';

describe.each(targets())('AdminInitiateAuth and AdminRespondToAuthChallenge on $name', (target) => {
  const admin = target.admin();
  /**
   * moto_server departs from AWS here: it signs in with ADMIN_USER_PASSWORD_AUTH on a client that
   * does not allow it, words a wrong password with the username, and answers AdminInitiateAuth's
   * USER_SRP_AUTH and CUSTOM_AUTH otherwise than AWS documents (API_AdminInitiateAuth.html: the
   * flow must be in the client's ExplicitAuthFlows, USER_SRP_AUTH is a valid AuthFlow, CUSTOM_AUTH
   * runs the pool's Lambda triggers; NotAuthorizedException "Incorrect username or password.").
   */
  const itAws = target.name === 'moto' ? it.fails : it;
  const adminAuth = (
    input: Omit<AdminInitiateAuthCommandInput, 'AuthFlow'> & { AuthFlow: string },
  ) => admin.send(new AdminInitiateAuthCommand(input as AdminInitiateAuthCommandInput));

  async function pool(flows = ALL_FLOWS) {
    const created = await mfaPool(admin, 'OFF', {}, flows);
    await mfaUser(admin, created.poolId, 'ada');
    return created;
  }

  it('ADMIN_USER_PASSWORD_AUTH signs a user in with the password itself', async () => {
    const { poolId, clientId } = await pool();
    const signedIn = await adminAuth({
      UserPoolId: poolId,
      ClientId: clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'ada', PASSWORD: MFA_PASSWORD },
    });
    const tokens = signedIn.AuthenticationResult!;
    expect(tokens.TokenType).toBe('Bearer');
    expect(tokens.RefreshToken).toBeTruthy();
    const me = await publicClient(target.url).send(
      new GetUserCommand({ AccessToken: tokens.AccessToken }),
    );
    expect(me.Username).toBe('ada');
  });

  it('ADMIN_NO_SRP_AUTH, the legacy name of the same flow, signs in too', async () => {
    const { poolId, clientId } = await pool();
    const signedIn = await adminAuth({
      UserPoolId: poolId,
      ClientId: clientId,
      AuthFlow: 'ADMIN_NO_SRP_AUTH',
      AuthParameters: { USERNAME: 'ada', PASSWORD: MFA_PASSWORD },
    });
    expect(signedIn.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  itAws(
    'a wrong password is NotAuthorizedException "Incorrect username or password."',
    async () => {
      const { poolId, clientId } = await pool();
      const error = await expectAwsError(
        () =>
          adminAuth({
            UserPoolId: poolId,
            ClientId: clientId,
            AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: 'ada', PASSWORD: 'Not-The-Password-1!' },
          }),
        'NotAuthorizedException',
      );
      expect(error.message).toBe('Incorrect username or password.');
    },
  );

  it('an unknown user is UserNotFoundException', async () => {
    const { poolId, clientId } = await pool();
    await expectAwsError(
      () =>
        adminAuth({
          UserPoolId: poolId,
          ClientId: clientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'nobody', PASSWORD: MFA_PASSWORD },
        }),
      'UserNotFoundException',
    );
  });

  itAws('a client without ALLOW_ADMIN_USER_PASSWORD_AUTH refuses the flow', async () => {
    const { poolId, clientId } = await pool(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    const error = await expectAwsError(
      () =>
        adminAuth({
          UserPoolId: poolId,
          ClientId: clientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'ada', PASSWORD: MFA_PASSWORD },
        }),
      'InvalidParameterException',
    );
    expect(error.message).toBe('Auth flow not enabled for this client');
  });

  it('InitiateAuth refuses the admin flow: it needs IAM credentials', async () => {
    const { clientId } = await pool();
    await expectAwsError(
      () =>
        publicClient(target.url).send(
          new InitiateAuthCommand({
            ClientId: clientId,
            AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: 'ada', PASSWORD: MFA_PASSWORD },
          }),
        ),
      'InvalidParameterException',
    );
  });

  it('a temporary password gets NEW_PASSWORD_REQUIRED, answered with AdminRespondToAuthChallenge', async () => {
    const { poolId, clientId } = await pool();
    await admin.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: 'newbie',
        TemporaryPassword: 'Temp-Pass-1!',
        MessageAction: 'SUPPRESS',
      }),
    );
    const started = await adminAuth({
      UserPoolId: poolId,
      ClientId: clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'newbie', PASSWORD: 'Temp-Pass-1!' },
    });
    expect(started.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    const answered = await admin.send(
      new AdminRespondToAuthChallengeCommand({
        UserPoolId: poolId,
        ClientId: clientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: started.Session,
        ChallengeResponses: { USERNAME: 'newbie', NEW_PASSWORD: MFA_PASSWORD },
      }),
    );
    expect(answered.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  itAws('USER_SRP_AUTH runs on the admin pair as well', async () => {
    const { poolId, clientId } = await pool();
    const srp = createSrpClient(poolId);
    const started = await adminAuth({
      UserPoolId: poolId,
      ClientId: clientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: 'ada', SRP_A: srp.srpA },
    });
    expect(started.ChallengeName).toBe('PASSWORD_VERIFIER');
    const params = started.ChallengeParameters!;
    const claim = srp.passwordClaim({
      userIdForSrp: params.USER_ID_FOR_SRP!,
      password: MFA_PASSWORD,
      srpB: params.SRP_B!,
      salt: params.SALT!,
      secretBlock: params.SECRET_BLOCK!,
    });
    const answered = await admin.send(
      new AdminRespondToAuthChallengeCommand({
        UserPoolId: poolId,
        ClientId: clientId,
        ChallengeName: 'PASSWORD_VERIFIER',
        Session: started.Session,
        ChallengeResponses: { USERNAME: params.USERNAME!, ...claim },
      }),
    );
    expect(answered.AuthenticationResult?.AccessToken).toBeTruthy();
  });

  it('REFRESH_TOKEN_AUTH on the admin call returns new tokens without a refresh token', async () => {
    const { poolId, clientId } = await pool();
    const first = await adminAuth({
      UserPoolId: poolId,
      ClientId: clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'ada', PASSWORD: MFA_PASSWORD },
    });
    const refreshed = await adminAuth({
      UserPoolId: poolId,
      ClientId: clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: first.AuthenticationResult!.RefreshToken! },
    });
    expect(refreshed.AuthenticationResult?.AccessToken).toBeTruthy();
    expect(refreshed.AuthenticationResult?.RefreshToken).toBeUndefined();
  });

  itAws(
    'CUSTOM_AUTH in a pool without Lambda triggers: "Custom auth lambda trigger is not configured"',
    async () => {
      const { poolId, clientId } = await pool([...ALL_FLOWS, 'ALLOW_CUSTOM_AUTH']);
      const error = await expectAwsError(
        () =>
          adminAuth({
            UserPoolId: poolId,
            ClientId: clientId,
            AuthFlow: 'CUSTOM_AUTH',
            AuthParameters: { USERNAME: 'ada' },
          }),
        'InvalidParameterException',
      );
      expect(error.message).toBe('Custom auth lambda trigger is not configured for the user pool.');
    },
  );

  it('a client of another pool is ResourceNotFoundException', async () => {
    const { poolId } = await pool();
    const other = await pool();
    await expectAwsError(
      () =>
        adminAuth({
          UserPoolId: poolId,
          ClientId: other.clientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'ada', PASSWORD: MFA_PASSWORD },
        }),
      'ResourceNotFoundException',
    );
  });
});

describe('admin sign-in and IAM (emulator)', () => {
  it('the support role, whose policy does not allow AdminInitiateAuth, is refused', async () => {
    await expectAwsError(
      () =>
        emulatorSupportClient().send(
          new AdminInitiateAuthCommand({
            UserPoolId: 'us-east-1_nonexist',
            ClientId: uniqueName('client'),
            AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
            AuthParameters: { USERNAME: 'ada', PASSWORD: MFA_PASSWORD },
          }),
        ),
      'AccessDeniedException',
    );
  });
});
