import { describe, expect, it } from 'vitest';
import {
  expiryAnnouncement,
  expiryState,
  formatCountdown,
  formatDuration,
  lifetimeSeconds,
} from './expiry';

const exp = 1_800_000_000;
const at = (seconds: number) => seconds * 1000;

describe('expiry maths', () => {
  it('counts the seconds left, and refuses the token from exp on', () => {
    expect(expiryState(exp, at(exp - 3600) + 999)).toEqual({ kind: 'valid', secondsLeft: 3600 });
    expect(expiryState(exp, at(exp - 1))).toEqual({ kind: 'valid', secondsLeft: 1 });
    expect(expiryState(exp, at(exp))).toEqual({ kind: 'expired', secondsAgo: 0 });
    expect(expiryState(exp, at(exp + 90))).toEqual({ kind: 'expired', secondsAgo: 90 });
    expect(expiryState(undefined, at(exp))).toEqual({ kind: 'no-expiry' });
    expect(expiryState(exp, at(exp - 100), exp - 50)).toEqual({
      kind: 'not-yet-valid',
      secondsUntilValid: 50,
    });
  });

  it('shows a countdown as a clock and a duration in words', () => {
    expect(formatCountdown(3599)).toBe('59:59');
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(3723)).toBe('1:02:03');
    expect(formatCountdown(-5)).toBe('0:00');
    expect(formatDuration(0)).toBe('0 seconds');
    expect(formatDuration(1)).toBe('1 second');
    expect(formatDuration(3600)).toBe('1 hour');
    expect(formatDuration(3723)).toBe('1 hour 2 minutes');
    expect(formatDuration(86_400 + 7200 + 60)).toBe('1 day 2 hours');
    expect(formatDuration(86_400 + 60)).toBe('1 day');
    expect(lifetimeSeconds(exp - 3600, exp)).toBe(3600);
    expect(lifetimeSeconds(undefined, exp)).toBeUndefined();
  });

  it('announces only a few coarse states, so a screen reader is not told every second', () => {
    const announced = new Set<string>();
    for (let now = exp - 7200; now <= exp + 60; now++) {
      announced.add(expiryAnnouncement(expiryState(exp, at(now))));
    }
    expect([...announced]).toEqual([
      'This token is valid.',
      'This token expires within 5 minutes.',
      'This token expires within a minute.',
      'This token has expired.',
    ]);
  });
});
