import { describe, expect, it } from 'vitest';
import { userStatusExplanation, userStatusLabel } from './user-status';

describe('userStatusExplanation', () => {
  it('explains every current status', () => {
    for (const status of [
      'UNCONFIRMED',
      'CONFIRMED',
      'FORCE_CHANGE_PASSWORD',
      'RESET_REQUIRED',
      'EXTERNAL_PROVIDER',
    ]) {
      expect(userStatusExplanation(status)).not.toMatch(/no longer used/);
    }
    expect(userStatusExplanation('ARCHIVED')).toMatch(/no longer used/);
    expect(userStatusLabel('FORCE_CHANGE_PASSWORD')).toBe('force change password');
  });
});
