import { describe, expect, it } from 'vitest';
import { AwsError } from '../protocol/errors.ts';
import type { RequestContext } from '../protocol/context.ts';
import { testContext } from '../tokens/test-pool.ts';
import { authenticate, type SignedRequest } from './authenticate.ts';
import { signedRequest } from './sign-for-test.ts';

const ADMIN = {
  accessKeyId: 'AKIAEMULATORADMIN000',
  secretAccessKey: 'emulator-admin-secret-key-0000000000000000',
};
const BODY = '{"MaxResults":10}';

function refusal(request: SignedRequest, ctx: RequestContext): { type: string; message: string } {
  try {
    authenticate(request, ctx);
  } catch (error) {
    if (error instanceof AwsError) return { type: error.type, message: error.message };
    throw error;
  }
  throw new Error('expected the request to be refused');
}

async function withIssuedKey(expiresIn: number) {
  const ctx = await testContext();
  const signing = {
    accessKeyId: 'ASIAEXAMPLE000000001',
    secretAccessKey: 'issued',
    sessionToken: 'session-1',
  };
  ctx.store.state.credentials.set(signing.accessKeyId, {
    accessKeyId: signing.accessKeyId,
    secretAccessKey: signing.secretAccessKey,
    sessionToken: signing.sessionToken,
    expiration: Math.floor(ctx.now / 1000) + expiresIn,
    role: 'support',
    identityId: 'us-east-1:x',
  });
  return { ctx, signing };
}

describe('authenticate (SigV4)', () => {
  it('accepts a request signed by the SDK signer with a static key and returns its scope region', async () => {
    const ctx = await testContext();
    const { principal, region } = authenticate(
      await signedRequest(BODY, { ...ADMIN, region: 'eu-west-1' }),
      ctx,
    );
    expect(principal).toEqual({
      accessKeyId: ADMIN.accessKeyId,
      role: 'admin',
      arn: 'arn:aws:iam::123456789012:user/emulator-admin',
    });
    expect(region).toBe('eu-west-1');
  });

  it('accepts issued credentials with their session token as the assumed role', async () => {
    const { ctx, signing } = await withIssuedKey(3600);
    const { principal } = authenticate(await signedRequest(BODY, signing), ctx);
    expect(principal.role).toBe('support');
    expect(principal.arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/CognitoConsoleSupport/CognitoIdentityCredentials',
    );
  });

  it('refuses a tampered body or a wrong secret with InvalidSignatureException', async () => {
    const ctx = await testContext();
    const tampered = await signedRequest(BODY, ADMIN);
    tampered.body = Buffer.from('{"MaxResults":60}');
    const wrongSecret = await signedRequest(BODY, { ...ADMIN, secretAccessKey: 'not-the-secret' });
    const expected = {
      type: 'InvalidSignatureException',
      message:
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    };
    expect(refusal(tampered, ctx)).toEqual(expected);
    expect(refusal(wrongSecret, ctx)).toEqual(expected);
  });

  it('refuses a changed signed header', async () => {
    const ctx = await testContext();
    const request = await signedRequest(BODY, ADMIN);
    request.headers['x-amz-target'] = 'AWSCognitoIdentityProviderService.DeleteUserPool';
    expect(refusal(request, ctx).type).toBe('InvalidSignatureException');
  });

  it('refuses an unknown key, or a session token that does not belong to the key', async () => {
    const { ctx, signing } = await withIssuedKey(3600);
    const unrecognized = {
      type: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    };
    expect(
      refusal(await signedRequest(BODY, { ...ADMIN, accessKeyId: 'AKIAUNKNOWN000000000' }), ctx),
    ).toEqual(unrecognized);
    expect(refusal(await signedRequest(BODY, { ...signing, sessionToken: 'other' }), ctx)).toEqual(
      unrecognized,
    );
    expect(
      refusal(await signedRequest(BODY, { ...signing, sessionToken: undefined }), ctx),
    ).toEqual(unrecognized);
  });

  it('refuses expired issued credentials with ExpiredTokenException', async () => {
    const { ctx, signing } = await withIssuedKey(-1);
    expect(refusal(await signedRequest(BODY, signing), ctx)).toEqual({
      type: 'ExpiredTokenException',
      message: 'The security token included in the request is expired',
    });
  });

  it('refuses a signature more than 5 minutes old, worded as AWS does', async () => {
    const ctx = await testContext({ now: Date.UTC(2026, 0, 2, 12, 0, 0) });
    const request = await signedRequest(BODY, {
      ...ADMIN,
      signingDate: new Date(Date.UTC(2026, 0, 2, 11, 50, 0)),
    });
    expect(refusal(request, ctx)).toEqual({
      type: 'InvalidSignatureException',
      message:
        'Signature expired: 20260102T115000Z is now earlier than 20260102T115500Z (20260102T120000Z - 5 min.)',
    });
    const nearlyStale = await signedRequest(BODY, {
      ...ADMIN,
      signingDate: new Date(Date.UTC(2026, 0, 2, 11, 56, 0)),
    });
    expect(() => authenticate(nearlyStale, ctx)).not.toThrow();
  });

  it('refuses a credential scoped to another service', async () => {
    const ctx = await testContext();
    const request = await signedRequest(BODY, { ...ADMIN, service: 'cognito-identity' });
    expect(refusal(request, ctx)).toEqual({
      type: 'InvalidSignatureException',
      message: "Credential should be scoped to correct service: 'cognito-idp'. ",
    });
    expect(() => authenticate(request, { ...ctx, service: 'cognito-identity' })).not.toThrow();
  });

  it('asks for a signature when there is none', async () => {
    const ctx = await testContext();
    const request = await signedRequest(BODY, ADMIN);
    delete request.headers.authorization;
    expect(refusal(request, ctx)).toEqual({
      type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    });
  });

  it('refuses a malformed Authorization header with IncompleteSignatureException', async () => {
    const ctx = await testContext();
    const request = await signedRequest(BODY, ADMIN);
    request.headers.authorization = 'Bearer eyJhbGciOi';
    const refused = refusal(request, ctx);
    expect(refused.type).toBe('IncompleteSignatureException');
    expect(refused.message).toBe(
      "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=Bearer eyJhbGciOi",
    );

    request.headers.authorization =
      'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1, SignedHeaders=host, Signature=00';
    expect(refusal(request, ctx).message).toMatch(
      /^Credential must have exactly 5 slash-delimited elements/,
    );
  });
});
