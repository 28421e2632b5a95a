import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt } from './decode';
import { checkSignature } from './verify';

let token: string;
let keySet: { keys: object[] };
let otherKeySet: { keys: object[] };

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  token = await new SignJWT({ sub: 'u1', token_use: 'id' })
    .setProtectedHeader({ alg: 'RS256', kid: 'pool-key' })
    .sign(privateKey);
  keySet = {
    keys: [{ ...(await exportJWK(publicKey)), kid: 'pool-key', alg: 'RS256', use: 'sig' }],
  };
  otherKeySet = {
    keys: [{ ...(await exportJWK(other.publicKey)), kid: 'pool-key', alg: 'RS256', use: 'sig' }],
  };
});

function headerOf(compact: string) {
  const result = decodeJwt(compact);
  if (!result.ok) throw new Error(result.problem);
  return result.jwt.header;
}

/** The token with one byte of its signature changed. */
function withSignatureByteChanged(compact: string) {
  const [h, p, s = ''] = compact.split('.');
  const bytes = Buffer.from(s, 'base64url');
  bytes[10] = bytes[10]! ^ 0x01;
  return `${h}.${p}.${bytes.toString('base64url')}`;
}

describe('checkSignature', () => {
  it('accepts a token signed by the key its kid names', async () => {
    expect(await checkSignature(token, headerOf(token), keySet)).toEqual({
      kind: 'valid',
      kid: 'pool-key',
    });
  });

  it('refuses a token whose signature changed by one byte', async () => {
    const tampered = withSignatureByteChanged(token);
    expect(await checkSignature(tampered, headerOf(tampered), keySet)).toEqual({
      kind: 'bad-signature',
      kid: 'pool-key',
    });
  });

  it('refuses a token signed by another key under the same kid', async () => {
    expect(await checkSignature(token, headerOf(token), otherKeySet)).toMatchObject({
      kind: 'bad-signature',
    });
  });

  it('says when the pool has no key of that kid', async () => {
    expect(await checkSignature(token, headerOf(token), { keys: [] })).toEqual({
      kind: 'unknown-key',
      kid: 'pool-key',
    });
  });

  it('refuses algorithms Cognito does not use, and a key set of the wrong shape', async () => {
    const header = new Map<string, unknown>([
      ['alg', 'none'],
      ['kid', 'pool-key'],
    ]);
    expect(await checkSignature(token, header, keySet)).toEqual({
      kind: 'unsupported-algorithm',
      alg: 'none',
    });
    expect(await checkSignature(token, headerOf(token), { keys: 'x' })).toEqual({
      kind: 'invalid-key-set',
    });
  });
});
