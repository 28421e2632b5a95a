import {
  InitiateAuthCommand,
  ListUsersCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSrpClient } from '../../../src/lib/srp/srp.ts';
import { SEEDED } from '../seed/seeded.ts';
import type { RunningEmulator } from '../server.ts';
import { createAppClient } from '../users/clients.ts';
import { adminClient, awsError, publicClient, startTestEmulator } from '../users/test-emulator.ts';
import { createUser, type UserStatus } from '../users/users.ts';
import { secretHash } from './secret-hash.ts';

let emulator: RunningEmulator;
let client: ReturnType<typeof publicClient>;
beforeAll(async () => {
  emulator = await startTestEmulator();
  client = publicClient(emulator.url);
});
afterAll(() => emulator.close());

const customers = SEEDED.customerPool;
const demo = customers.demoCustomer;

async function startSrp(
  username: string,
  clientId: string = customers.webClientId,
  poolId: string = customers.id,
) {
  const srp = createSrpClient(poolId);
  const started = await client.send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: { USERNAME: username, SRP_A: srp.srpA },
    }),
  );
  return { srp, started, params: started.ChallengeParameters! };
}

async function srpSignIn(username: string, password: string, clientId?: string, poolId?: string) {
  const { srp, params } = await startSrp(username, clientId, poolId);
  const claim = srp.passwordClaim({
    userIdForSrp: params.USER_ID_FOR_SRP!,
    password,
    srpB: params.SRP_B!,
    salt: params.SALT!,
    secretBlock: params.SECRET_BLOCK!,
  });
  return client.send(
    new RespondToAuthChallengeCommand({
      ClientId: clientId ?? customers.webClientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeResponses: { USERNAME: params.USERNAME!, ...claim },
    }),
  );
}

const passwordAuth = (
  USERNAME: string,
  PASSWORD: string,
  ClientId: string = customers.webClientId,
  extra = {},
) =>
  client.send(
    new InitiateAuthCommand({
      ClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME, PASSWORD, ...extra },
    }),
  );

function addCustomer(username: string, status: UserStatus, enabled = true) {
  const pool = emulator.store.state.userPools.get(customers.id)!;
  createUser(pool, {
    Username: username,
    attributes: { email: `${username}@example.com`, email_verified: 'true' },
    status,
    enabled,
    password: { value: 'Known-Pass-123!', temporary: status === 'FORCE_CHANGE_PASSWORD' },
    now: Date.now(),
  });
}

describe('USER_SRP_AUTH', () => {
  it('signs in by email alias; USER_ID_FOR_SRP is the real username', async () => {
    const { params, started } = await startSrp(demo.email);
    expect(started.ChallengeName).toBe('PASSWORD_VERIFIER');
    expect(params.USER_ID_FOR_SRP).toBe(demo.username);
    expect(Object.keys(params).sort()).toEqual([
      'SALT',
      'SECRET_BLOCK',
      'SRP_B',
      'USERNAME',
      'USER_ID_FOR_SRP',
    ]);
    const answered = await srpSignIn(demo.email, demo.password);
    expect(decodeJwt(answered.AuthenticationResult!.IdToken!)['cognito:username']).toBe(
      demo.username,
    );
    expect(answered.AuthenticationResult?.RefreshToken).toBeTruthy();
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    for (const name of [demo.username, 'no.such.customer']) {
      const error = await awsError(srpSignIn(name, 'Wrong-Pass-123!'));
      expect(error).toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Incorrect username or password.',
      });
    }
  });

  it('asks an email-as-username user for a new password, keyed by the UUID username', async () => {
    const { params } = await startSrp(
      SEEDED.adminPool.support.email,
      SEEDED.adminPool.clientId,
      SEEDED.adminPool.id,
    );
    expect(params.USER_ID_FOR_SRP).toMatch(/^[0-9a-f-]{36}$/);
    const answered = await srpSignIn(
      SEEDED.adminPool.support.email,
      SEEDED.adminPool.support.temporaryPassword,
      SEEDED.adminPool.clientId,
      SEEDED.adminPool.id,
    );
    expect(answered.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(answered.Session).toBeTruthy();
    expect(JSON.parse(answered.ChallengeParameters!.userAttributes!)).toEqual({
      email: SEEDED.adminPool.support.email,
      email_verified: 'true',
    });
    expect(answered.ChallengeParameters!.requiredAttributes).toBe('[]');

    const respond = (NEW_PASSWORD: string) =>
      client.send(
        new RespondToAuthChallengeCommand({
          ClientId: SEEDED.adminPool.clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: answered.Session,
          ChallengeResponses: {
            USERNAME: answered.ChallengeParameters!.USER_ID_FOR_SRP!,
            NEW_PASSWORD,
          },
        }),
      );
    expect(await awsError(respond('alllowercase-and-long-1!'))).toMatchObject({
      name: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password must have uppercase characters',
    });
    const done = await respond('New-Support-Pass-2026!');
    expect(done.AuthenticationResult?.AccessToken).toBeTruthy();
    expect(await awsError(respond('Other-Support-Pass-2026!'))).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Invalid session for the user, session can only be used once.',
    });
    const again = await srpSignIn(
      SEEDED.adminPool.support.email,
      'New-Support-Pass-2026!',
      SEEDED.adminPool.clientId,
      SEEDED.adminPool.id,
    );
    expect(again.AuthenticationResult?.IdToken).toBeTruthy();
  });

  it('refuses a client that does not allow SRP', async () => {
    const error = await awsError(startSrp(demo.username, customers.backendClientId));
    expect(error.name).toBe('InvalidParameterException');
  });
});

describe('user states', () => {
  it.each([
    ['disabled.customer', 'CONFIRMED', false, 'NotAuthorizedException', 'User is disabled.'],
    [
      'unconfirmed.customer',
      'UNCONFIRMED',
      true,
      'UserNotConfirmedException',
      'User is not confirmed.',
    ],
    [
      'reset.customer',
      'RESET_REQUIRED',
      true,
      'PasswordResetRequiredException',
      'Password reset required for the user',
    ],
  ] as const)('%s: %s', async (username, status, enabled, name, message) => {
    addCustomer(username, status, enabled);
    expect(await awsError(srpSignIn(username, 'Known-Pass-123!'))).toMatchObject({ name, message });
    expect(await awsError(passwordAuth(username, 'Known-Pass-123!'))).toMatchObject({
      name,
      message,
    });
  });
});

describe('NEW_PASSWORD_REQUIRED', () => {
  it('stores the attributes given at first sign-in where ListUsers filters find them', async () => {
    const admin = adminClient(emulator.url);
    const byName = () =>
      admin
        .send(new ListUsersCommand({ UserPoolId: customers.id, Filter: 'name = "Nora First"' }))
        .then((page) => page.Users?.map((u) => u.Username));
    addCustomer('first.signin', 'FORCE_CHANGE_PASSWORD');
    expect(await byName()).toEqual([]);
    const challenge = await passwordAuth('first.signin', 'Known-Pass-123!');
    expect(challenge.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    const signedIn = await client.send(
      new RespondToAuthChallengeCommand({
        ClientId: customers.webClientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: challenge.Session,
        ChallengeResponses: {
          USERNAME: 'first.signin',
          NEW_PASSWORD: 'Chosen-Pass-456!',
          'userAttributes.name': 'Nora First',
        },
      }),
    );
    expect(signedIn.AuthenticationResult?.IdToken).toBeTruthy();
    expect(await byName()).toEqual(['first.signin']);
  });
});

describe('USER_PASSWORD_AUTH', () => {
  it('signs in where the client allows it', async () => {
    const result = await passwordAuth(demo.username, demo.password);
    expect(result.AuthenticationResult?.IdToken).toBeTruthy();
  });

  it('refuses a client without ALLOW_USER_PASSWORD_AUTH with AWS words', async () => {
    const error = await awsError(
      passwordAuth(SEEDED.adminPool.admin.email, 'x', SEEDED.adminPool.clientId),
    );
    expect(error).toMatchObject({
      name: 'InvalidParameterException',
      message: 'USER_PASSWORD_AUTH flow not enabled for this client',
    });
  });

  it('needs SECRET_HASH for a client with a secret', async () => {
    const backend = emulator.store.state.userPools
      .get(customers.id)!
      .clients.get(customers.backendClientId)!;
    const missing = await awsError(
      passwordAuth(demo.username, demo.password, customers.backendClientId),
    );
    expect(missing).toMatchObject({
      name: 'NotAuthorizedException',
      message: `Client ${customers.backendClientId} is configured for secret but secret was not received`,
    });
    const wrong = await awsError(
      passwordAuth(demo.username, demo.password, customers.backendClientId, {
        SECRET_HASH: 'AAAA',
      }),
    );
    expect(wrong.message).toBe(
      `Unable to verify secret hash for client ${customers.backendClientId}`,
    );
    const hash = secretHash(String(backend.ClientSecret), demo.username, customers.backendClientId);
    const ok = await passwordAuth(demo.username, demo.password, customers.backendClientId, {
      SECRET_HASH: hash,
    });
    expect(ok.AuthenticationResult?.IdToken).toBeTruthy();
  });

  it('says UserNotFoundException for an unknown user when the client uses LEGACY errors', async () => {
    const pool = emulator.store.state.userPools.get(customers.id)!;
    const legacy = createAppClient(
      pool,
      {
        ClientName: 'legacy',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
        PreventUserExistenceErrors: 'LEGACY',
      },
      Date.now(),
    );
    const error = await awsError(passwordAuth('no.such.customer', 'Whatever-1!', legacy.ClientId));
    expect(error).toMatchObject({ name: 'UserNotFoundException', message: 'User does not exist.' });
  });
});

describe('REFRESH_TOKEN_AUTH and unknown clients', () => {
  it('refreshes without a new refresh token', async () => {
    const signedIn = await passwordAuth(demo.username, demo.password);
    const refreshed = await client.send(
      new InitiateAuthCommand({
        ClientId: customers.webClientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: signedIn.AuthenticationResult!.RefreshToken! },
      }),
    );
    expect(refreshed.AuthenticationResult?.IdToken).toBeTruthy();
    expect(refreshed.AuthenticationResult?.RefreshToken).toBeUndefined();
  });

  it('answers ResourceNotFoundException for a client that does not exist', async () => {
    const error = await awsError(passwordAuth('x', 'y', 'nosuchclient00000000000000'));
    expect(error).toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'User pool client nosuchclient00000000000000 does not exist.',
    });
  });
});
