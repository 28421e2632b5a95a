import { describe, expect, it } from 'vitest';
import { attributeKindLabel, isEditable, lockedReason, toAttributeDefinitions } from './schema';

describe('toAttributeDefinitions', () => {
  const definitions = toAttributeDefinitions([
    {
      Name: 'sub',
      AttributeDataType: 'String',
      Mutable: false,
      Required: true,
      StringAttributeConstraints: { MinLength: '1', MaxLength: '2048' },
    },
    { Name: 'email', AttributeDataType: 'String', Mutable: true, Required: true },
    {
      Name: 'custom:tier',
      AttributeDataType: 'String',
      StringAttributeConstraints: { MinLength: '1', MaxLength: '32' },
    },
    {
      Name: 'custom:points',
      AttributeDataType: 'Number',
      NumberAttributeConstraints: { MinValue: '0', MaxValue: '' },
    },
    { Name: 'custom:secret', AttributeDataType: 'String', DeveloperOnlyAttribute: true },
    { Name: 'dev:custom:score', AttributeDataType: 'Number', DeveloperOnlyAttribute: true },
    { Name: 'email', AttributeDataType: 'String' },
    { AttributeDataType: 'String' },
  ]);

  it('keeps order, drops duplicates and unnamed entries', () => {
    expect(definitions.map((d) => d.name)).toEqual([
      'sub',
      'email',
      'custom:tier',
      'custom:points',
      'dev:custom:secret',
      'dev:custom:score',
    ]);
  });

  it('reads kinds, flags and constraints', () => {
    expect(definitions[0]).toMatchObject({ kind: 'standard', required: true, mutable: false });
    expect(definitions[2]).toMatchObject({ kind: 'custom', minLength: 1, maxLength: 32 });
    expect(definitions[3]).toMatchObject({ dataType: 'Number', minValue: 0, maxValue: undefined });
    expect(definitions[4]?.kind).toBe('developer');
    expect(attributeKindLabel('developer')).toBe('Developer-only');
    expect(attributeKindLabel('standard')).toBeUndefined();
  });

  it('explains why an attribute is locked', () => {
    expect(isEditable(definitions[0]!)).toBe(false);
    expect(lockedReason(definitions[0]!)).toMatch(/Cognito/);
    const immutable = toAttributeDefinitions([{ Name: 'custom:id', Mutable: false }])[0]!;
    expect(isEditable(immutable)).toBe(false);
    expect(lockedReason(immutable)).toMatch(/Immutable/);
    expect(lockedReason(definitions[1]!)).toBeUndefined();
  });
});
