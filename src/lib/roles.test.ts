import { describe, expect, it } from 'vitest';
import { resolveRole } from './roles';

describe('resolveRole', () => {
  it('maps admins to admin and support to support', () => {
    expect(resolveRole(['admins'])).toBe('admin');
    expect(resolveRole(['support'])).toBe('support');
  });

  it('prefers the stronger role when a user is in both groups', () => {
    expect(resolveRole(['support', 'admins'])).toBe('admin');
  });

  it('gives no role for other groups, an empty list or a missing claim', () => {
    expect(resolveRole(['developers'])).toBeNull();
    expect(resolveRole([])).toBeNull();
    expect(resolveRole(undefined)).toBeNull();
    expect(resolveRole('admins')).toBeNull();
  });

  it('matches group names exactly', () => {
    expect(resolveRole(['Admins', 'admins-old'])).toBeNull();
  });
});
