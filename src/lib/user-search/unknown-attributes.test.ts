import { describe, expect, it } from 'vitest';
import {
  closestAttribute,
  describeUnknownAttribute,
  unknownAttributes,
} from './unknown-attributes';

const known = ['username', 'status', 'email', 'given_name', 'custom:tier', 'custom:plan'];

describe('unknownAttributes', () => {
  it('names each attribute the pool lacks once, with the one it likely meant', () => {
    expect(unknownAttributes(['custom:teir', 'email', 'custom:teir'], known)).toEqual([
      { attribute: 'custom:teir', suggestion: 'custom:tier' },
    ]);
    expect(unknownAttributes(['custom:favourite_colour'], known)).toEqual([
      { attribute: 'custom:favourite_colour', suggestion: undefined },
    ]);
  });

  it('is empty when every attribute is in the schema', () => {
    expect(unknownAttributes(['custom:tier', 'username'], known)).toEqual([]);
  });

  it('suggests names a case or a letter away', () => {
    expect(closestAttribute('Email', known)).toBe('email');
    expect(closestAttribute('givenname', known)).toBe('given_name');
    expect(closestAttribute('custom:plans', known)).toBe('custom:plan');
    expect(closestAttribute('phone', known)).toBeUndefined();
  });

  it('says what is wrong and that the search can still run', () => {
    expect(describeUnknownAttribute({ attribute: 'custom:teir', suggestion: 'custom:tier' })).toBe(
      'custom:teir is not an attribute of this pool, so no user can match. Did you mean custom:tier? Start again to search anyway.',
    );
  });
});
