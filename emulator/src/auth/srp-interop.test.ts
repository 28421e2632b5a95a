import { describe, expect, it } from 'vitest';

// The browser's SRP client (src/lib/srp) against this independent server implementation.
import { cognitoTimestamp, createSrpClient } from '../../../src/lib/srp/srp.ts';
import {
  createServerEphemeral,
  createVerifier,
  formatSrpTimestamp,
  verifyPasswordClaim,
} from './srp-server.ts';

const POOL_ID = 'us-east-1_C0nsoleAd';
const USER_ID = '3f1c2a9e-8d4b-4c7a-9e1f-2b3c4d5e6f70';
const PASSWORD = 'Correct-Horse-42!';

function signIn(password: string, now?: Date) {
  const { salt, verifier } = createVerifier(POOL_ID, USER_ID, PASSWORD);
  const server = createServerEphemeral(verifier);
  const client = createSrpClient(POOL_ID);
  const secretBlock = Buffer.from('opaque secret block from the server').toString('base64');
  const claim = client.passwordClaim({
    userIdForSrp: USER_ID,
    password,
    srpB: server.B,
    salt,
    secretBlock,
    now,
  });
  return verifyPasswordClaim({
    userPoolId: POOL_ID,
    userIdForSrp: USER_ID,
    verifierHex: verifier,
    A: client.srpA,
    b: server.b,
    B: server.B,
    secretBlock: claim.PASSWORD_CLAIM_SECRET_BLOCK,
    timestamp: claim.TIMESTAMP,
    signature: claim.PASSWORD_CLAIM_SIGNATURE,
  });
}

describe('createSrpClient', () => {
  it('produces a password claim the server-side SRP accepts', () => {
    expect(signIn(PASSWORD)).toBe(true);
  });

  it('produces a claim the server refuses when the password is wrong', () => {
    expect(signIn('Correct-Horse-43!')).toBe(false);
  });

  it('works across many random ephemerals (padding of A, B, S and u varies)', () => {
    for (let i = 0; i < 12; i++) expect(signIn(PASSWORD)).toBe(true);
  });

  it('sends A as hex and echoes the secret block', () => {
    const client = createSrpClient(POOL_ID);
    expect(client.srpA).toMatch(/^[0-9a-f]+$/);
    const claim = client.passwordClaim({
      userIdForSrp: USER_ID,
      password: PASSWORD,
      srpB: createServerEphemeral(createVerifier(POOL_ID, USER_ID, PASSWORD).verifier).B,
      salt: 'ab',
      secretBlock: 'c2VjcmV0',
      now: new Date(Date.UTC(2026, 10, 28, 16, 56, 8)),
    });
    expect(claim.PASSWORD_CLAIM_SECRET_BLOCK).toBe('c2VjcmV0');
    expect(claim.TIMESTAMP).toBe('Sat Nov 28 16:56:08 UTC 2026');
  });

  it('refuses a B that is a multiple of N', () => {
    const client = createSrpClient(POOL_ID);
    expect(() =>
      client.passwordClaim({
        userIdForSrp: USER_ID,
        password: PASSWORD,
        srpB: '0',
        salt: 'ab',
        secretBlock: '',
      }),
    ).toThrow();
  });
});

describe('timestamps', () => {
  it('are formatted the same by client and server', () => {
    for (const day of [1, 9, 10, 28]) {
      const date = new Date(Date.UTC(2026, 6, day, 2, 0, 1));
      expect(cognitoTimestamp(date)).toBe(formatSrpTimestamp(date));
    }
  });
});
