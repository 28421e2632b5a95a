import { describe, expect, it } from 'vitest';
import { AwsError } from '../protocol/errors.ts';
import { issueTokens } from './issue.ts';
import { createSigningKey } from './keys.ts';
import { addTestPool, TEST_CLIENT_ID, testContext } from './test-pool.ts';
import { inspectUserPoolToken, verifyUserPoolToken } from './verify.ts';

async function tokens() {
  const ctx = await testContext();
  const pool = await addTestPool(ctx);
  const result = await issueTokens(ctx, pool, TEST_CLIENT_ID, pool.users.get('admin')!, {
    withRefreshToken: false,
  });
  return { ctx, pool, ...result };
}

describe('verifyUserPoolToken', () => {
  it('returns the claims of a valid token of the expected use', async () => {
    const { ctx, IdToken, AccessToken } = await tokens();
    const id = await verifyUserPoolToken(ctx.store, IdToken, { expectedUse: 'id', now: ctx.now });
    expect(id['cognito:username']).toBe('admin');
    const access = await verifyUserPoolToken(ctx.store, AccessToken, {
      expectedUse: 'access',
      now: ctx.now,
    });
    expect(access.username).toBe('admin');
  });

  it('refuses the other token use, expiry, garbage and tampering', async () => {
    const { ctx, IdToken, AccessToken } = await tokens();
    const check = (token: string, expectedUse: 'id' | 'access', now = ctx.now) =>
      inspectUserPoolToken(ctx.store, token, { expectedUse, now });
    expect(await check(IdToken, 'access')).toMatchObject({ ok: false, problem: 'wrong-use' });
    expect(await check(AccessToken, 'access', ctx.now + 3601_000)).toMatchObject({
      ok: false,
      problem: 'expired',
    });
    expect(await check('not-a-jwt', 'id')).toMatchObject({ ok: false, problem: 'malformed' });
    const [header, payload, signature] = IdToken.split('.');
    const forged = Buffer.from(payload!, 'base64url').toString().replace('"admin"', '"root"');
    expect(
      await check(`${header}.${Buffer.from(forged).toString('base64url')}.${signature}`, 'id'),
    ).toMatchObject({ ok: false, problem: 'signature' });
  });

  it('refuses a token signed by a key the pool no longer has', async () => {
    const { ctx, pool, IdToken } = await tokens();
    pool.signingKey = await createSigningKey();
    expect(
      await inspectUserPoolToken(ctx.store, IdToken, { expectedUse: 'id', now: ctx.now }),
    ).toMatchObject({
      ok: false,
      problem: 'signature',
    });
  });

  it('words access-token failures as Cognito does, including global sign-out', async () => {
    const { ctx, pool, AccessToken } = await tokens();
    await expect(
      verifyUserPoolToken(ctx.store, AccessToken, {
        expectedUse: 'access',
        now: ctx.now + 3601_000,
      }),
    ).rejects.toThrow(new AwsError('NotAuthorizedException', 'Access Token has expired'));
    pool.users.get('admin')!.tokensValidAfter = ctx.now / 1000 + 5;
    await expect(
      verifyUserPoolToken(ctx.store, AccessToken, { expectedUse: 'access', now: ctx.now }),
    ).rejects.toThrow('Access Token has been revoked');
    await expect(
      verifyUserPoolToken(ctx.store, 'x.y.z', { expectedUse: 'access', now: ctx.now }),
    ).rejects.toThrow('Invalid Access Token');
  });
});
