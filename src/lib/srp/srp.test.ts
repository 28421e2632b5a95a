import { describe, expect, it } from 'vitest';
import { cognitoTimestamp, createSrpClient, padHex } from './srp';

describe('createSrpClient', () => {
  it('sends a fresh A each time, as lowercase hex', () => {
    const a = createSrpClient('us-east-1_C0nsoleAd').srpA;
    const b = createSrpClient('us-east-1_C0nsoleAd').srpA;
    expect(a).toMatch(/^[0-9a-f]+$/);
    expect(a).not.toBe(b);
  });
});

describe('cognitoTimestamp', () => {
  it('does not pad the day but pads the time', () => {
    expect(cognitoTimestamp(new Date(Date.UTC(2026, 0, 5, 3, 4, 9)))).toBe(
      'Mon Jan 5 03:04:09 UTC 2026',
    );
  });

  it('uses UTC', () => {
    expect(cognitoTimestamp(new Date('2026-11-28T23:30:00-05:00'))).toBe(
      'Sun Nov 29 04:30:00 UTC 2026',
    );
  });
});

describe('padHex', () => {
  it('prepends 0 to odd-length hex', () => {
    expect(padHex(0xabcn)).toBe('0abc');
    expect(padHex(0x1abn)).toBe('01ab');
  });

  it('prepends 00 when the first nibble is 8-f', () => {
    expect(padHex(0x80n)).toBe('0080');
    expect(padHex(0xffn)).toBe('00ff');
    expect(padHex(0x7fn)).toBe('7f');
  });

  it('leaves even hex with a low first nibble alone', () => {
    expect(padHex(0x1234n)).toBe('1234');
    expect(padHex('0abc')).toBe('0abc');
  });
});
