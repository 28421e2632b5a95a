import { decodeJwt, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../config.ts';
import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import { poolRecordOf, type UserPoolRecord } from '../store/types.ts';
import { issueTokens } from '../tokens/issue.ts';
import { createSigningKey, privateKeyOf } from '../tokens/keys.ts';
import { revokeFamily } from '../tokens/revocation.ts';
import {
  addTestPool,
  TEST_CLIENT_ID,
  TEST_POOL_ID,
  testContext,
  testUser,
} from '../tokens/test-pool.ts';
import { getCredentialsForIdentity, getId } from './operations.ts';

const PROVIDER = `cognito-idp.us-east-1.amazonaws.com/${TEST_POOL_ID}`;

async function signedIn(
  user = testUser('admin', ['admins']),
  client: Record<string, unknown> = {},
) {
  const ctx = await testContext({ service: 'cognito-identity' });
  const pool = await addTestPool(ctx, [user], client);
  const { IdToken, AccessToken } = await issueTokens(ctx, pool, TEST_CLIENT_ID, user, {
    withRefreshToken: false,
  });
  return { ctx, pool, IdToken, AccessToken };
}

async function refusal(run: () => Promise<unknown>): Promise<{ type: string; message: string }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AwsError) return { type: error.type, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('GetId', () => {
  it('gives the same <region>:<uuid> identity to the same user every time', async () => {
    const { ctx, IdToken } = await signedIn();
    const input = { IdentityPoolId: DEMO.identityPoolId, Logins: { [PROVIDER]: IdToken } };
    const first = await getId(input, ctx);
    expect(first.IdentityId).toMatch(
      /^us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(await getId(input, ctx)).toEqual(first);
    expect(ctx.store.state.identities.get(first.IdentityId)!).toMatchObject({
      identityPoolId: DEMO.identityPoolId,
      logins: [PROVIDER],
    });
  });

  it('refuses an unknown identity pool', async () => {
    const { ctx, IdToken } = await signedIn();
    const id = 'us-east-1:00000000-0000-0000-0000-000000000000';
    expect(
      await refusal(() => getId({ IdentityPoolId: id, Logins: { [PROVIDER]: IdToken } }, ctx)),
    ).toEqual({
      type: 'ResourceNotFoundException',
      message: `IdentityPool '${id}' not found.`,
    });
  });

  it('refuses guests, other providers and bad tokens with identity-pool wording', async () => {
    const { ctx, IdToken, AccessToken } = await signedIn();
    const getIdWith = (logins?: Record<string, string>, now = ctx.now) =>
      refusal(() =>
        getId({ IdentityPoolId: DEMO.identityPoolId, Logins: logins }, { ...ctx, now }),
      );
    expect(await getIdWith(undefined)).toEqual({
      type: 'NotAuthorizedException',
      message: 'Unauthenticated access is not supported for this identity pool.',
    });
    expect((await getIdWith({ 'accounts.google.com': IdToken })).message).toBe(
      'Token is not from a supported provider of this identity pool.',
    );
    expect((await getIdWith({ [PROVIDER]: 'garbage' })).message).toBe(
      'Invalid login token. Not a valid OpenId Connect identity token.',
    );
    expect((await getIdWith({ [PROVIDER]: AccessToken })).message).toBe(
      'Invalid login token. Missing a required claim: aud',
    );
    const exp = decodeJwt(IdToken).exp!;
    expect((await getIdWith({ [PROVIDER]: IdToken }, (exp + 10) * 1000)).message).toBe(
      `Invalid login token. Token expired: ${exp + 10} >= ${exp}`,
    );
    const [h, p] = IdToken.split('.');
    expect((await getIdWith({ [PROVIDER]: `${h}.${p}.AAAA` })).message).toBe(
      "Invalid login token. Couldn't verify signed token.",
    );
  });

  it('refuses a token of another app client of the same pool', async () => {
    const { ctx, pool } = await signedIn();
    pool.clients.set('otherclient', { ClientId: 'otherclient', ClientName: 'other' });
    const { IdToken } = await issueTokens(ctx, pool, 'otherclient', pool.users.get('admin')!, {
      withRefreshToken: false,
    });
    expect(
      (
        await refusal(() =>
          getId({ IdentityPoolId: DEMO.identityPoolId, Logins: { [PROVIDER]: IdToken } }, ctx),
        )
      ).message,
    ).toBe('Token is not from a supported provider of this identity pool.');
  });
});

describe('the identity pool trusts only its own user pool and app client', () => {
  const getIdWith = (ctx: RequestContext, token: string, now = ctx.now) =>
    refusal(() =>
      getId(
        { IdentityPoolId: DEMO.identityPoolId, Logins: { [PROVIDER]: token } },
        { ...ctx, now },
      ),
    );

  /** Another user pool of the same emulator, with its own key, users and the console's client id. */
  async function otherPool(ctx: RequestContext): Promise<UserPoolRecord> {
    const id = 'us-east-1_Cust0mers';
    const pool = poolRecordOf({
      pool: { Id: id, Name: 'customers', Arn: `arn:aws:cognito-idp:us-east-1:1:userpool/${id}` },
      signingKey: await createSigningKey(),
      samlEncryptionCertificate: '',
    });
    pool.clients.set(TEST_CLIENT_ID, { ClientId: TEST_CLIENT_ID, ClientName: 'look-alike' });
    pool.users.set('mallory', testUser('mallory', ['admins']));
    ctx.store.state.userPools.set(id, pool);
    return pool;
  }

  it("refuses another pool's ID token, even with the console's aud and the admins group", async () => {
    const { ctx } = await signedIn();
    const other = await otherPool(ctx);
    const { IdToken } = await issueTokens(ctx, other, TEST_CLIENT_ID, other.users.get('mallory')!, {
      withRefreshToken: false,
    });
    expect(decodeJwt(IdToken)).toMatchObject({
      aud: TEST_CLIENT_ID,
      'cognito:groups': ['admins'],
    });
    expect(await getIdWith(ctx, IdToken)).toEqual({
      type: 'NotAuthorizedException',
      message: "Invalid login token. Issuer doesn't match providerName",
    });
  });

  it("refuses a token claiming the console pool's issuer but signed with another pool's key", async () => {
    const { ctx, pool } = await signedIn();
    const other = await otherPool(ctx);
    const forged = await new SignJWT({
      ...decodeJwt((await signedIn()).IdToken),
      iss: `https://${PROVIDER}`,
    })
      .setProtectedHeader({ alg: 'RS256', kid: other.signingKey.kid })
      .sign(await privateKeyOf(other.signingKey));
    expect(pool.signingKey.kid).not.toBe(other.signingKey.kid);
    expect((await getIdWith(ctx, forged)).message).toBe(
      "Invalid login token. Couldn't verify signed token.",
    );
    const sameKid = await new SignJWT({ ...decodeJwt(forged) })
      .setProtectedHeader({ alg: 'RS256', kid: pool.signingKey.kid })
      .sign(await privateKeyOf(other.signingKey));
    expect((await getIdWith(ctx, sameKid)).message).toBe(
      "Invalid login token. Couldn't verify signed token.",
    );
  });

  it('refuses a token for an app client the identity pool does not list', async () => {
    const { ctx, pool } = await signedIn();
    pool.clients.set('otherclient', { ClientId: 'otherclient', ClientName: 'other' });
    const { IdToken } = await issueTokens(ctx, pool, 'otherclient', pool.users.get('admin')!, {
      withRefreshToken: false,
    });
    expect((await getIdWith(ctx, IdToken)).message).toBe(
      'Token is not from a supported provider of this identity pool.',
    );
  });

  it('refuses an access token sent as the ID token, and an expired ID token', async () => {
    const { ctx, IdToken, AccessToken } = await signedIn();
    expect(await getIdWith(ctx, AccessToken)).toEqual({
      type: 'NotAuthorizedException',
      message: 'Invalid login token. Missing a required claim: aud',
    });
    const exp = decodeJwt(IdToken).exp!;
    expect((await getIdWith(ctx, IdToken, exp * 1000)).message).toBe(
      `Invalid login token. Token expired: ${exp} >= ${exp}`,
    );
  });

  it("refuses an ID token after the user's global sign-out or the revocation of its session", async () => {
    const { ctx, pool, IdToken } = await signedIn();
    await getId({ IdentityPoolId: DEMO.identityPoolId, Logins: { [PROVIDER]: IdToken } }, ctx);
    pool.users.get('admin')!.tokensValidAfter = ctx.now / 1000 + 1;
    expect(await getIdWith(ctx, IdToken)).toEqual({
      type: 'NotAuthorizedException',
      message: 'Invalid login token. Token has been revoked.',
    });

    const fresh = await signedIn();
    revokeFamily(
      fresh.ctx.store,
      decodeJwt(fresh.IdToken).origin_jti as string,
      Math.floor(fresh.ctx.now / 1000) + 3600,
      Math.floor(fresh.ctx.now / 1000),
    );
    expect((await getIdWith(fresh.ctx, fresh.IdToken)).message).toBe(
      'Invalid login token. Token has been revoked.',
    );
  });
});

describe('GetCredentialsForIdentity', () => {
  it('issues credentials for the role of the first mapped group, stored for SigV4', async () => {
    const { ctx, IdToken } = await signedIn(testUser('both', ['support', 'admins']));
    const logins = { [PROVIDER]: IdToken };
    const { IdentityId } = await getId(
      { IdentityPoolId: DEMO.identityPoolId, Logins: logins },
      ctx,
    );
    const result = await getCredentialsForIdentity({ IdentityId, Logins: logins }, ctx);
    expect(result.IdentityId).toBe(IdentityId);
    const { AccessKeyId, SecretKey, SessionToken, Expiration } = result.Credentials;
    expect(AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(SecretKey).toHaveLength(40);
    expect(SessionToken.length).toBeGreaterThan(100);
    expect(Expiration).toBe(Math.floor(ctx.now / 1000) + 3600);
    expect(ctx.store.state.credentials.get(AccessKeyId)!).toMatchObject({
      role: 'admin',
      identityId: IdentityId,
    });
  });

  it('maps the support group to the support role', async () => {
    const { ctx, IdToken } = await signedIn(testUser('agent', ['support']));
    const logins = { [PROVIDER]: IdToken };
    const { IdentityId } = await getId(
      { IdentityPoolId: DEMO.identityPoolId, Logins: logins },
      ctx,
    );
    const { Credentials } = await getCredentialsForIdentity({ IdentityId, Logins: logins }, ctx);
    expect(ctx.store.state.credentials.get(Credentials.AccessKeyId)!.role).toBe('support');
  });

  it('denies users in no mapped group as ambiguous role resolution does', async () => {
    const { ctx, IdToken } = await signedIn(testUser('nobody', ['customers']));
    const logins = { [PROVIDER]: IdToken };
    const { IdentityId } = await getId(
      { IdentityPoolId: DEMO.identityPoolId, Logins: logins },
      ctx,
    );
    expect(
      await refusal(() => getCredentialsForIdentity({ IdentityId, Logins: logins }, ctx)),
    ).toEqual({
      type: 'NotAuthorizedException',
      message: `The ambiguous role mapping rules for: ${PROVIDER}:${TEST_CLIENT_ID} denied this request.`,
    });
  });

  it('refuses logins of another user, and unknown identities', async () => {
    const { ctx, pool, IdToken } = await signedIn();
    const { IdentityId } = await getId(
      { IdentityPoolId: DEMO.identityPoolId, Logins: { [PROVIDER]: IdToken } },
      ctx,
    );
    const other = testUser('other', ['admins']);
    pool.users.set('other', other);
    const otherToken = (
      await issueTokens(ctx, pool, TEST_CLIENT_ID, other, { withRefreshToken: false })
    ).IdToken;
    expect(
      (
        await refusal(() =>
          getCredentialsForIdentity({ IdentityId, Logins: { [PROVIDER]: otherToken } }, ctx),
        )
      ).message,
    ).toBe(
      "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    );
    const unknown = 'us-east-1:11111111-1111-4111-8111-111111111111';
    expect(
      await refusal(() =>
        getCredentialsForIdentity({ IdentityId: unknown, Logins: { [PROVIDER]: IdToken } }, ctx),
      ),
    ).toEqual({
      type: 'ResourceNotFoundException',
      message: `Identity '${unknown}' not found.`,
    });
  });

  it('still knows an identity it gave out before a reset', async () => {
    const { ctx, IdToken } = await signedIn();
    const logins = { [PROVIDER]: IdToken };
    const { IdentityId } = await getId(
      { IdentityPoolId: DEMO.identityPoolId, Logins: logins },
      ctx,
    );
    ctx.store.state.identities.clear();
    const result = await getCredentialsForIdentity({ IdentityId, Logins: logins }, ctx);
    expect(result.IdentityId).toBe(IdentityId);
  });
});
