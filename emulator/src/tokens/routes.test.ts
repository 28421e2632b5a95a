import { createLocalJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { issueTokens } from './issue.ts';
import { jwksOf, openIdConfigurationOf } from './routes.ts';
import { addTestPool, TEST_CLIENT_ID, TEST_POOL_ID, testContext } from './test-pool.ts';

describe('JWKS and OpenID configuration', () => {
  it("publishes the public key that verifies the pool's tokens, and only public parts", async () => {
    const ctx = await testContext();
    const pool = await addTestPool(ctx);
    const jwks = jwksOf(pool);
    expect(Object.keys(jwks.keys[0]!).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    const { IdToken } = await issueTokens(ctx, pool, TEST_CLIENT_ID, pool.users.get('admin')!, {
      withRefreshToken: false,
    });
    const { payload } = await jwtVerify(IdToken, createLocalJWKSet(jwks as never), {
      issuer: `https://cognito-idp.us-east-1.amazonaws.com/${TEST_POOL_ID}`,
      audience: TEST_CLIENT_ID,
    });
    expect(payload.token_use).toBe('id');
  });

  it('points jwks_uri at the emulator and keeps the AWS issuer', async () => {
    const ctx = await testContext();
    const pool = await addTestPool(ctx);
    expect(openIdConfigurationOf(pool, 'http://127.0.0.1:9555')).toMatchObject({
      issuer: `https://cognito-idp.us-east-1.amazonaws.com/${TEST_POOL_ID}`,
      jwks_uri: `http://127.0.0.1:9555/${TEST_POOL_ID}/.well-known/jwks.json`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
  });
});
