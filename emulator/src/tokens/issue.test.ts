import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { AwsError } from '../protocol/errors.ts';
import { issueTokens, redeemRefreshToken } from './issue.ts';
import { addTestPool, TEST_CLIENT_ID, TEST_POOL_ID, testContext, testUser } from './test-pool.ts';

const ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${TEST_POOL_ID}`;

describe('issueTokens', () => {
  it("signs ID and access tokens shaped like Cognito's, valid 60 minutes by default", async () => {
    const ctx = await testContext();
    const pool = await addTestPool(ctx);
    pool.groups.set('admins', { GroupName: 'admins', CreationDate: 0, LastModifiedDate: 0 });
    const result = await issueTokens(ctx, pool, TEST_CLIENT_ID, pool.users.get('admin')!, {
      withRefreshToken: false,
    });
    const now = Math.floor(ctx.now / 1000);
    expect(result.ExpiresIn).toBe(3600);
    expect(result.TokenType).toBe('Bearer');
    expect(result.RefreshToken).toBeUndefined();
    expect(decodeProtectedHeader(result.IdToken)).toEqual({
      kid: pool.signingKey.kid,
      alg: 'RS256',
    });

    const id = decodeJwt(result.IdToken);
    expect(id).toMatchObject({
      sub: '0000-admin',
      email: 'admin@example.com',
      email_verified: true,
      iss: ISSUER,
      'cognito:username': 'admin',
      'cognito:groups': ['admins'],
      aud: TEST_CLIENT_ID,
      token_use: 'id',
      auth_time: now,
      iat: now,
      exp: now + 3600,
    });
    expect(id.jti).toEqual(expect.any(String));

    const access = decodeJwt(result.AccessToken);
    expect(access).toMatchObject({
      sub: '0000-admin',
      iss: ISSUER,
      client_id: TEST_CLIENT_ID,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      username: 'admin',
      'cognito:groups': ['admins'],
      exp: now + 3600,
      origin_jti: id.origin_jti,
      event_id: id.event_id,
    });
    expect(access.aud).toBeUndefined();
    expect(access.email).toBeUndefined();
  });

  it('leaves cognito:groups out for a user in no group', async () => {
    const ctx = await testContext();
    const pool = await addTestPool(ctx, [testUser('loner')]);
    const result = await issueTokens(ctx, pool, TEST_CLIENT_ID, pool.users.get('loner')!, {
      withRefreshToken: false,
    });
    expect(decodeJwt(result.IdToken)['cognito:groups']).toBeUndefined();
  });

  it("follows the client's validity and units", async () => {
    const ctx = await testContext();
    const pool = await addTestPool(ctx, undefined, {
      IdTokenValidity: 5,
      AccessTokenValidity: 2,
      RefreshTokenValidity: 60,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'hours', RefreshToken: 'minutes' },
    });
    const result = await issueTokens(ctx, pool, TEST_CLIENT_ID, pool.users.get('admin')!, {
      withRefreshToken: true,
    });
    const now = Math.floor(ctx.now / 1000);
    expect(decodeJwt(result.IdToken).exp).toBe(now + 300);
    expect(result.ExpiresIn).toBe(7200);
    expect(ctx.store.state.refreshTokens.get(result.RefreshToken!)!.expiresAt).toBe(now + 3600);
  });

  it('keeps auth_time and origin_jti when a refresh asks it to', async () => {
    const ctx = await testContext();
    const pool = await addTestPool(ctx);
    const result = await issueTokens(ctx, pool, TEST_CLIENT_ID, pool.users.get('admin')!, {
      withRefreshToken: false,
      authTime: 1000,
      originJti: 'origin',
    });
    expect(decodeJwt(result.AccessToken)).toMatchObject({ auth_time: 1000, origin_jti: 'origin' });
  });
});

describe('redeemRefreshToken', () => {
  async function signedIn() {
    const ctx = await testContext();
    const pool = await addTestPool(ctx);
    const { RefreshToken } = await issueTokens(
      ctx,
      pool,
      TEST_CLIENT_ID,
      pool.users.get('admin')!,
      {
        withRefreshToken: true,
      },
    );
    return { ctx, pool, token: RefreshToken! };
  }

  function messageOf(run: () => unknown): string {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(AwsError);
      expect((error as AwsError).type).toBe('NotAuthorizedException');
      return (error as AwsError).message;
    }
    throw new Error('expected NotAuthorizedException');
  }

  it('returns the record of a valid token', async () => {
    const { ctx, token } = await signedIn();
    expect(redeemRefreshToken(ctx, token, TEST_CLIENT_ID)).toMatchObject({
      poolId: TEST_POOL_ID,
      clientId: TEST_CLIENT_ID,
      username: 'admin',
    });
  });

  it('refuses unknown tokens and tokens of another client', async () => {
    const { ctx, token } = await signedIn();
    expect(messageOf(() => redeemRefreshToken(ctx, 'nope', TEST_CLIENT_ID))).toBe(
      'Invalid Refresh Token',
    );
    expect(messageOf(() => redeemRefreshToken(ctx, token, 'otherclient'))).toBe(
      'Invalid Refresh Token',
    );
  });

  it('refuses expired tokens', async () => {
    const { ctx, token } = await signedIn();
    const later = { ...ctx, now: ctx.now + 31 * 86400 * 1000 };
    expect(messageOf(() => redeemRefreshToken(later, token, TEST_CLIENT_ID))).toBe(
      'Refresh Token has expired',
    );
  });

  it('refuses tokens issued before a global sign-out, even in the same second', async () => {
    const { ctx, pool, token } = await signedIn();
    pool.users.get('admin')!.tokensValidAfter = (ctx.now + 1) / 1000;
    expect(messageOf(() => redeemRefreshToken(ctx, token, TEST_CLIENT_ID))).toBe(
      'Refresh Token has been revoked',
    );
  });
});
