import {
  CognitoIdentityProviderClient,
  DeleteUserPoolCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CognitoIdentityClient, GetIdCommand } from '@aws-sdk/client-cognito-identity';
import { fromCognitoIdentityPool } from '@aws-sdk/credential-providers';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../config.ts';
import { startEmulator, type RunningEmulator } from '../server.ts';
import { issueTokens } from '../tokens/issue.ts';
import {
  addTestPool,
  TEST_CLIENT_ID,
  TEST_POOL_ID,
  testContext,
  testUser,
} from '../tokens/test-pool.ts';
import { QUOTAS_OFF } from '../traffic/quotas.ts';

const PROVIDER = `cognito-idp.us-east-1.amazonaws.com/${TEST_POOL_ID}`;
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, config: { seed: false, quotas: QUOTAS_OFF } });
});
afterAll(() => emulator.close());

/** An ID token for a user in `groups`, from a pool added by hand to the running emulator. */
async function idTokenFor(username: string, groups: string[]): Promise<string> {
  const ctx = await testContext({ store: emulator.store });
  const pool = emulator.store.state.userPools.get(TEST_POOL_ID) ?? (await addTestPool(ctx, []));
  const user = testUser(username, groups);
  pool.users.set(username, user);
  return (await issueTokens(ctx, pool, TEST_CLIENT_ID, user, { withRefreshToken: false })).IdToken;
}

function idpClientFor(idToken: string) {
  return new CognitoIdentityProviderClient({
    endpoint: emulator.url,
    region: 'us-east-1',
    maxAttempts: 1,
    credentials: fromCognitoIdentityPool({
      identityPoolId: DEMO.identityPoolId,
      logins: { [PROVIDER]: idToken },
      clientConfig: { endpoint: emulator.url, region: 'us-east-1' },
    }),
  });
}

async function errorName(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return (error as Error).name;
  }
}

describe('identity pool credentials through the AWS SDK over HTTP', () => {
  it('lets support read but refuses an admin-only write with AccessDeniedException', async () => {
    const client = idpClientFor(await idTokenFor('agent', ['support']));
    const readError = await errorName(() =>
      client.send(new ListUserPoolsCommand({ MaxResults: 10 })),
    );
    // Whatever the user pools module answers, the signature and the policy let the call through.
    expect(readError ?? 'ok').not.toMatch(/Signature|Unrecognized|AccessDenied|Token/);

    let denied: Error | undefined;
    try {
      await client.send(new DeleteUserPoolCommand({ UserPoolId: TEST_POOL_ID }));
    } catch (error) {
      denied = error as Error;
    }
    expect(denied?.name).toBe('AccessDeniedException');
    expect(denied?.message).toMatch(
      /^User: arn:aws:sts::123456789012:assumed-role\/CognitoConsoleSupport\/CognitoIdentityCredentials is not authorized to perform: cognito-idp:DeleteUserPool on resource: arn:aws:cognito-idp:us-east-1:123456789012:userpool\/us-east-1_C0nsoleAd/,
    );
  });

  it('lets admin through the policy', async () => {
    const client = idpClientFor(await idTokenFor('boss', ['admins']));
    const error = await errorName(() =>
      client.send(new DeleteUserPoolCommand({ UserPoolId: 'us-east-1_Missing1' })),
    );
    expect(error ?? 'ok').not.toMatch(/Signature|Unrecognized|AccessDenied|Token/);
  });

  it('refuses users outside the mapped groups', async () => {
    const client = idpClientFor(await idTokenFor('customer', ['customers']));
    expect(await errorName(() => client.send(new ListUserPoolsCommand({ MaxResults: 10 })))).toBe(
      'NotAuthorizedException',
    );
  });

  it('answers GetId for an unknown identity pool with ResourceNotFoundException', async () => {
    const client = new CognitoIdentityClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      maxAttempts: 1,
    });
    const command = new GetIdCommand({
      IdentityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000',
      Logins: { [PROVIDER]: await idTokenFor('boss', ['admins']) },
    });
    expect(await errorName(() => client.send(command))).toBe('ResourceNotFoundException');
  });

  it('accepts the static keys signed by the SDK', async () => {
    const client = new CognitoIdentityProviderClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      maxAttempts: 1,
      credentials: {
        accessKeyId: 'AKIAEMULATORSUPPORT0',
        secretAccessKey: 'emulator-support-secret-key-000000000000000',
      },
    });
    expect(
      await errorName(() => client.send(new DeleteUserPoolCommand({ UserPoolId: TEST_POOL_ID }))),
    ).toBe('AccessDeniedException');
    const wrong = new CognitoIdentityProviderClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      maxAttempts: 1,
      credentials: { accessKeyId: 'AKIAEMULATORSUPPORT0', secretAccessKey: 'wrong' },
    });
    expect(await errorName(() => wrong.send(new ListUserPoolsCommand({ MaxResults: 1 })))).toBe(
      'InvalidSignatureException',
    );
  });

  it("serves the JWKS that verifies the pool's tokens, and 404 for unknown pools", async () => {
    const idToken = await idTokenFor('boss', ['admins']);
    const jwks = createRemoteJWKSet(
      new URL(`${emulator.url}/${TEST_POOL_ID}/.well-known/jwks.json`),
    );
    const { payload } = await jwtVerify(idToken, jwks, { audience: TEST_CLIENT_ID });
    expect(payload['cognito:username']).toBe('boss');

    const config = await fetch(`${emulator.url}/${TEST_POOL_ID}/.well-known/openid-configuration`);
    expect(await config.json()).toMatchObject({
      jwks_uri: `${emulator.url}/${TEST_POOL_ID}/.well-known/jwks.json`,
    });
    const missing = await fetch(`${emulator.url}/us-east-1_Nope/.well-known/jwks.json`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      __type: 'ResourceNotFoundException',
      message: 'User pool us-east-1_Nope does not exist.',
    });
  });
});
