import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { secretHash } from './secret-hash';

describe('secretHash', () => {
  it('is Base64(HMAC-SHA256(secret, username + clientId))', () => {
    const expected = createHmac('sha256', 'the-secret')
      .update('ann' + 'client1')
      .digest('base64');
    expect(secretHash('the-secret', 'ann', 'client1')).toBe(expected);
  });

  it('handles non-ASCII usernames as UTF-8', () => {
    const expected = createHmac('sha256', 's')
      .update('zoë' + 'c')
      .digest('base64');
    expect(secretHash('s', 'zoë', 'c')).toBe(expected);
  });
});
