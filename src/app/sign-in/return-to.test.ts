import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInUrl } from './return-to';

describe('return-to after sign-in', () => {
  it('round-trips a deep link', () => {
    const url = new URL(signInUrl('/pools/us-east-1_abc?tab=x'), 'http://localhost');
    expect(safeReturnTo(url.searchParams.get('next'))).toBe('/pools/us-east-1_abc?tab=x');
  });

  it('refuses other origins and loops', () => {
    expect(safeReturnTo('https://evil.example')).toBe('/');
    expect(safeReturnTo('//evil.example')).toBe('/');
    expect(safeReturnTo('/\\evil.example')).toBe('/');
    expect(safeReturnTo('/sign-in?next=/pools')).toBe('/');
    expect(safeReturnTo(null)).toBe('/');
  });
});
