import { describe, expect, it } from 'vitest';
import type { AttributeDefinition } from './schema';
import { validateAttributeValue } from './validate';

const def = (overrides: Partial<AttributeDefinition>): AttributeDefinition => ({
  name: 'custom:x',
  kind: 'custom',
  dataType: 'String',
  required: false,
  mutable: true,
  ...overrides,
});

describe('validateAttributeValue', () => {
  it('refuses emptying a required attribute, allows emptying others', () => {
    expect(validateAttributeValue(def({ name: 'email', required: true }), '')).toMatch(
      /email is required/,
    );
    expect(validateAttributeValue(def({}), '')).toBeUndefined();
  });

  it('checks string lengths', () => {
    const tier = def({ minLength: 2, maxLength: 4 });
    expect(validateAttributeValue(tier, 'a')).toBe('At least 2 characters.');
    expect(validateAttributeValue(tier, 'abcde')).toBe('At most 4 characters.');
    expect(validateAttributeValue(tier, 'abc')).toBeUndefined();
    expect(validateAttributeValue(def({}), 'x'.repeat(2049))).toMatch(/2048/);
  });

  it('checks numbers and their range', () => {
    const points = def({ dataType: 'Number', minValue: 0, maxValue: 10 });
    expect(validateAttributeValue(points, 'abc')).toBe('Must be a number.');
    expect(validateAttributeValue(points, '-1')).toBe('Must be at least 0.');
    expect(validateAttributeValue(points, '11')).toBe('Must be at most 10.');
    expect(validateAttributeValue(points, '5')).toBeUndefined();
  });

  it('checks booleans, emails, phone numbers and birthdates', () => {
    expect(validateAttributeValue(def({ dataType: 'Boolean' }), 'yes')).toMatch(/true or false/);
    expect(validateAttributeValue(def({ dataType: 'Boolean' }), 'false')).toBeUndefined();
    expect(validateAttributeValue(def({ name: 'email' }), 'not-an-email')).toMatch(/email/);
    expect(validateAttributeValue(def({ name: 'email' }), 'a@b.co')).toBeUndefined();
    expect(validateAttributeValue(def({ name: 'phone_number' }), '0123')).toMatch(/\+/);
    expect(validateAttributeValue(def({ name: 'phone_number' }), '+14155550123')).toBeUndefined();
    expect(validateAttributeValue(def({ name: 'birthdate' }), '1/2/2000')).toMatch(/YYYY/);
  });
});
