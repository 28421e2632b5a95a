import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
  type CognitoIdentityProviderClient,
  type ExplicitAuthFlowsType,
} from '@aws-sdk/client-cognito-identity-provider';
import { totpCode } from '../../src/mfa/totp.ts';
import { uniqueName, type Target } from './targets.ts';

export const MFA_PASSWORD = 'Mfa-Test-Pass-1!';
export const SNS_ROLE = 'arn:aws:iam::123456789012:role/cognito-sms';

export const ALL_FLOWS: ExplicitAuthFlowsType[] = [
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
];

/** A pool with the MFA mode and factors asked for, and a client allowing every password flow. */
export async function mfaPool(
  admin: CognitoIdentityProviderClient,
  mode: 'OFF' | 'ON' | 'OPTIONAL',
  factors: { sms?: boolean; totp?: boolean },
  flows: ExplicitAuthFlowsType[] = ALL_FLOWS,
) {
  const { UserPool } = await admin.send(
    new CreateUserPoolCommand({
      PoolName: uniqueName('mfa'),
      SmsConfiguration: { SnsCallerArn: SNS_ROLE, ExternalId: 'mfa-test' },
    }),
  );
  const poolId = UserPool!.Id!;
  if (mode !== 'OFF') {
    await admin.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: poolId,
        MfaConfiguration: mode,
        SoftwareTokenMfaConfiguration: { Enabled: factors.totp === true },
        ...(factors.sms && {
          SmsMfaConfiguration: {
            SmsConfiguration: { SnsCallerArn: SNS_ROLE, ExternalId: 'mfa-test' },
          },
        }),
      }),
    );
  }
  const { UserPoolClient } = await admin.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: uniqueName('app'),
      ExplicitAuthFlows: flows,
    }),
  );
  return { poolId, clientId: UserPoolClient!.ClientId! };
}

/** A CONFIRMED user with MFA_PASSWORD, and a phone number when given. */
export async function mfaUser(
  admin: CognitoIdentityProviderClient,
  poolId: string,
  username: string,
  phone?: string,
) {
  await admin.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      UserAttributes: phone
        ? [
            { Name: 'phone_number', Value: phone },
            { Name: 'phone_number_verified', Value: 'true' },
          ]
        : [],
    }),
  );
  await admin.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: username,
      Password: MFA_PASSWORD,
      Permanent: true,
    }),
  );
}

/** A phone number no other test uses, so its outbox holds only this test's codes. */
export const uniquePhone = () => `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

/** The code an authenticator app shows now for `secret` (RFC 6238, 30 s, 6 digits, SHA-1). */
export const authenticatorCode = (secret: string) => totpCode(secret, Date.now());

/** The last SMS code sent to `phone`; moto_server sends none, and accepts any six digits. */
export async function lastSmsCode(target: Target, phone: string): Promise<string> {
  if (target.name === 'moto') return '123456';
  const res = await fetch(`${target.url}/_emulator/outbox?to=${encodeURIComponent(phone)}`);
  const { messages } = (await res.json()) as { messages: { code?: string; kind: string }[] };
  const code = messages.at(-1)?.code;
  if (!code) throw new Error(`no code was sent to ${phone}`);
  return code;
}
