import { describe, expect, it } from 'vitest';
import { faultFor, NO_FAULTS, parseFaults } from './faults.ts';

describe('parseFaults', () => {
  it('reads every part, in any order', () => {
    expect(parseFaults('throttle:0.2,error:0.05,latency:200')).toEqual({
      throttle: 0.2,
      error: 0.05,
      latencyMs: 200,
    });
    expect(parseFaults(' latency:50 , throttle:1 ')).toEqual({
      throttle: 1,
      error: 0,
      latencyMs: 50,
    });
  });

  it('is no faults when unset or empty', () => {
    expect(parseFaults(undefined)).toEqual(NO_FAULTS);
    expect(parseFaults('  ')).toEqual(NO_FAULTS);
  });

  it.each([
    ['throttle:2', /"throttle:2" needs a share between 0 and 1/],
    ['error:-0.1', /"error:-0.1" needs a share between 0 and 1/],
    ['latency:1.5', /"latency:1.5" needs whole milliseconds/],
    ['latency:abc', /"latency:abc" needs whole milliseconds/],
    ['slow:3', /"slow:3" names no fault \(throttle, error or latency\)/],
    ['throttle', /"throttle" is not name:value/],
    ['throttle:0.1:2', /is not name:value/],
    ['throttle:0.1,throttle:0.2', /"throttle:0.2" is given twice/],
    ['throttle:0.7,error:0.5', /add up to more than 1/],
  ])('refuses %s with a message naming the part', (spec, message) => {
    expect(() => parseFaults(spec)).toThrow(message);
    if (!/add up/.test(String(message)))
      expect(() => parseFaults(spec)).toThrow(/Expected for example "throttle:0.2,error:0.05/);
  });
});

describe('faultFor', () => {
  const faults = { throttle: 0.2, error: 0.05, latencyMs: 0 };
  it('throttles the first share of draws, fails the next, lets the rest through', () => {
    expect(faultFor(faults, 0)).toBe('throttle');
    expect(faultFor(faults, 0.19)).toBe('throttle');
    expect(faultFor(faults, 0.2)).toBe('error');
    expect(faultFor(faults, 0.249)).toBe('error');
    expect(faultFor(faults, 0.25)).toBe('none');
    expect(faultFor(NO_FAULTS, 0)).toBe('none');
  });
});
