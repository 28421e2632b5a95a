import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  SignUpCommand,
  type CognitoIdentityProviderClient,
  type CreateUserPoolRequest,
} from '@aws-sdk/client-cognito-identity-provider';
import { publicClient } from './sign-in.ts';
import { uniqueName, type Target } from './targets.ts';

export const PASSWORD = 'Self-Service-Pass-1!';
export const NEW_PASSWORD = 'Self-Service-Pass-2!';

/** A pool whose users sign themselves up with an email it verifies, and a public client. */
export async function selfServicePool(
  admin: CognitoIdentityProviderClient,
  pool: Partial<CreateUserPoolRequest> = {},
  client: { PreventUserExistenceErrors?: 'ENABLED' | 'LEGACY'; GenerateSecret?: boolean } = {},
) {
  const { UserPool } = await admin.send(
    new CreateUserPoolCommand({
      PoolName: uniqueName('self'),
      AutoVerifiedAttributes: ['email'],
      ...pool,
    }),
  );
  const { UserPoolClient } = await admin.send(
    new CreateUserPoolClientCommand({
      UserPoolId: UserPool!.Id!,
      ClientName: uniqueName('app'),
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      ...client,
    }),
  );
  return {
    poolId: UserPool!.Id!,
    clientId: UserPoolClient!.ClientId!,
    clientSecret: UserPoolClient!.ClientSecret,
  };
}

export const emailFor = (prefix: string) => `${uniqueName(prefix)}@example.com`;

/**
 * The last code sent to `to`: from the emulator's outbox. moto_server sends nothing and accepts
 * any code that does not start with its own prefix, so any six digits stand in for it there.
 */
export async function lastCode(target: Target, to: string): Promise<string> {
  if (target.name === 'moto') return '123456';
  const res = await fetch(`${target.url}/_emulator/outbox?to=${encodeURIComponent(to)}`);
  const { messages } = (await res.json()) as { messages: { code?: string }[] };
  const code = messages.at(-1)?.code;
  if (!code) throw new Error(`no code was sent to ${to}`);
  return code;
}

export async function outboxFor(target: Target, to: string) {
  const res = await fetch(`${target.url}/_emulator/outbox?to=${encodeURIComponent(to)}`);
  return ((await res.json()) as { messages: { kind: string; code?: string; body: string }[] })
    .messages;
}

export function signUp(
  target: Target,
  clientId: string,
  username: string,
  email: string,
  extra: { SecretHash?: string; Password?: string } = {},
) {
  return publicClient(target.url).send(
    new SignUpCommand({
      ClientId: clientId,
      Username: username,
      Password: extra.Password ?? PASSWORD,
      SecretHash: extra.SecretHash,
      UserAttributes: [{ Name: 'email', Value: email }],
    }),
  );
}

export function passwordSignIn(
  target: Target,
  clientId: string,
  username: string,
  password: string,
) {
  return publicClient(target.url).send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
}

export async function attributesOf(
  admin: CognitoIdentityProviderClient,
  poolId: string,
  username: string,
) {
  const user = await admin.send(
    new AdminGetUserCommand({ UserPoolId: poolId, Username: username }),
  );
  return {
    status: user.UserStatus,
    attributes: Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value])),
  };
}

/** A CONFIRMED user with a password, and an email that is verified unless told otherwise. */
export async function confirmedUser(
  admin: CognitoIdentityProviderClient,
  poolId: string,
  username: string,
  email: string,
  verified = true,
) {
  await admin.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: String(verified) },
      ],
    }),
  );
  await admin.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: username,
      Password: PASSWORD,
      Permanent: true,
    }),
  );
}
