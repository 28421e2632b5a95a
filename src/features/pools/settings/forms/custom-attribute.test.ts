import { describe, expect, it } from 'vitest';
import type { UserPool } from '@/api/pools/describe-user-pool';
import {
  customAttributeDefaults,
  customAttributeSchema,
  toCustomAttributeInput,
  type CustomAttributeValues,
} from './custom-attribute';

const pool: UserPool = {
  Id: 'eu-west-1_Attrs',
  Name: 'attrs',
  SchemaAttributes: [
    { Name: 'email', AttributeDataType: 'String' },
    { Name: 'custom:tier', AttributeDataType: 'String' },
    { Name: 'dev:custom:score', AttributeDataType: 'Number' },
  ],
};

const values = (edit: Partial<CustomAttributeValues>): CustomAttributeValues => ({
  ...customAttributeDefaults,
  ...edit,
});

const problems = (edit: Partial<CustomAttributeValues>) =>
  customAttributeSchema(pool)
    .safeParse(values(edit))
    .error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('Add custom attribute', () => {
  it('sends the bare name (Cognito adds custom:) with the length limits of a string', () => {
    expect(
      toCustomAttributeInput(values({ name: 'custom:plan', min: '1', max: '40', mutable: false })),
    ).toEqual({
      Name: 'plan',
      AttributeDataType: 'String',
      Mutable: false,
      StringAttributeConstraints: { MinLength: '1', MaxLength: '40' },
    });
  });

  it('sends the value limits of a number, and developer-only when asked', () => {
    expect(
      toCustomAttributeInput(
        values({ name: 'score', type: 'Number', max: '100', developerOnly: true }),
      ),
    ).toEqual({
      Name: 'score',
      AttributeDataType: 'Number',
      Mutable: true,
      DeveloperOnlyAttribute: true,
      NumberAttributeConstraints: { MinValue: undefined, MaxValue: '100' },
    });
  });

  it('sends no constraints for a boolean or a date, nor for empty limits', () => {
    expect(toCustomAttributeInput(values({ name: 'ok', type: 'Boolean', max: '3' }))).toEqual({
      Name: 'ok',
      AttributeDataType: 'Boolean',
      Mutable: true,
    });
    expect(toCustomAttributeInput(values({ name: 'nick' }))).not.toHaveProperty(
      'StringAttributeConstraints',
    );
  });

  it('refuses a name the pool already has, with or without its prefix', () => {
    expect(problems({ name: 'tier' })).toEqual([['name', 'The pool already has this attribute.']]);
    expect(problems({ name: 'custom:score' })).toEqual([
      ['name', 'The pool already has this attribute.'],
    ]);
  });

  it('counts the 20 characters without the custom: prefix', () => {
    expect(problems({ name: `custom:${'a'.repeat(20)}` })).toEqual([]);
    expect(problems({ name: 'a'.repeat(21) })).toEqual([
      ['name', 'Use at most 20 characters (without the custom: prefix).'],
    ]);
  });

  it('refuses spaces, lengths out of 0–2048 and a maximum below the minimum', () => {
    expect(problems({ name: 'two words' }).map(([path]) => path)).toEqual(['name']);
    expect(problems({ name: 'bio', max: '4096' }).map(([path]) => path)).toEqual(['max']);
    expect(problems({ name: 'bio', min: '10', max: '5' })).toEqual([
      ['max', 'The maximum is below the minimum.'],
    ]);
    expect(problems({ name: 'level', type: 'Number', min: '-5', max: 'lots' })).toEqual([
      ['max', 'Enter a number.'],
    ]);
  });
});
