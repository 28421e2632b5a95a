import { invalidParameter } from '../protocol/errors.ts';

export interface SchemaAttribute {
  Name: string;
  AttributeDataType: 'String' | 'Number' | 'DateTime' | 'Boolean';
  DeveloperOnlyAttribute: boolean;
  Mutable: boolean;
  Required: boolean;
  StringAttributeConstraints?: { MinLength?: string; MaxLength?: string };
  NumberAttributeConstraints?: { MinValue?: string; MaxValue?: string };
}

type SchemaInput = Partial<SchemaAttribute> & { Name?: string };

const text = (
  name: string,
  min = '0',
  max = '2048',
  mutable = true,
  required = false,
): SchemaAttribute => ({
  Name: name,
  AttributeDataType: 'String',
  DeveloperOnlyAttribute: false,
  Mutable: mutable,
  Required: required,
  StringAttributeConstraints: { MinLength: min, MaxLength: max },
});

const flag = (name: string): SchemaAttribute => ({
  Name: name,
  AttributeDataType: 'Boolean',
  DeveloperOnlyAttribute: false,
  Mutable: true,
  Required: false,
});

/** The standard attributes every pool has, in the order DescribeUserPool lists them. */
export const STANDARD_SCHEMA: readonly SchemaAttribute[] = [
  text('sub', '1', '2048', false, true),
  text('name'),
  text('given_name'),
  text('family_name'),
  text('middle_name'),
  text('nickname'),
  text('preferred_username'),
  text('profile'),
  text('picture'),
  text('website'),
  text('email'),
  flag('email_verified'),
  text('gender'),
  text('birthdate', '10', '10'),
  text('zoneinfo'),
  text('locale'),
  text('phone_number'),
  flag('phone_number_verified'),
  text('address'),
  {
    Name: 'updated_at',
    AttributeDataType: 'Number',
    DeveloperOnlyAttribute: false,
    Mutable: true,
    Required: false,
    NumberAttributeConstraints: { MinValue: '0' },
  },
];

export const MAX_CUSTOM_ATTRIBUTES = 50;

const STANDARD_NAMES = new Set(STANDARD_SCHEMA.map((a) => a.Name));

export function isCustomAttributeName(name: string): boolean {
  return name.startsWith('custom:') || name.startsWith('dev:custom:');
}

function checkConstraints(attribute: SchemaAttribute): void {
  const s = attribute.StringAttributeConstraints;
  if (s) {
    const min = s.MinLength === undefined ? undefined : Number(s.MinLength);
    const max = s.MaxLength === undefined ? undefined : Number(s.MaxLength);
    for (const value of [min, max]) {
      if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
        throw invalidParameter(
          `Invalid StringAttributeConstraints for schema attribute ${attribute.Name}`,
        );
      }
    }
    if ((min ?? 0) > 2048 || (max ?? 0) > 2048) {
      throw invalidParameter(
        `user.${attribute.Name}: String attributes cannot have a length of more than 2048`,
      );
    }
    if (min !== undefined && max !== undefined && min > max) {
      throw invalidParameter(`user.${attribute.Name}: Max length cannot be less than min length.`);
    }
  }
  const n = attribute.NumberAttributeConstraints;
  if (n) {
    const min = n.MinValue === undefined ? undefined : Number(n.MinValue);
    const max = n.MaxValue === undefined ? undefined : Number(n.MaxValue);
    for (const value of [min, max]) {
      if (value !== undefined && !Number.isInteger(value)) {
        throw invalidParameter(
          `Invalid NumberAttributeConstraints for schema attribute ${attribute.Name}`,
        );
      }
    }
    if (min !== undefined && max !== undefined && min > max) {
      throw invalidParameter(`user.${attribute.Name}: Max value cannot be less than min value.`);
    }
  }
}

/** A custom attribute as AddCustomAttributes / CreateUserPool store it (name gets its prefix). */
export function customAttribute(input: SchemaInput): SchemaAttribute {
  const bare = (input.Name ?? '').replace(/^custom:/, '');
  if (!input.AttributeDataType) {
    throw invalidParameter(
      'Invalid AttributeDataType input, consider using the provided AttributeDataType enum.',
    );
  }
  if (input.Required)
    throw invalidParameter('Required custom attributes are not supported currently.');
  const developerOnly = input.DeveloperOnlyAttribute ?? false;
  const attribute: SchemaAttribute = {
    Name: `${developerOnly ? 'dev:' : ''}custom:${bare}`,
    AttributeDataType: input.AttributeDataType,
    DeveloperOnlyAttribute: developerOnly,
    Mutable: input.Mutable ?? true,
    Required: false,
  };
  if (input.AttributeDataType === 'String') {
    attribute.StringAttributeConstraints = { ...(input.StringAttributeConstraints ?? {}) };
  }
  if (input.AttributeDataType === 'Number') {
    attribute.NumberAttributeConstraints = { ...(input.NumberAttributeConstraints ?? {}) };
  }
  checkConstraints(attribute);
  return attribute;
}

function standardOverride(input: SchemaInput, base: SchemaAttribute): SchemaAttribute {
  if (
    (input.AttributeDataType && input.AttributeDataType !== base.AttributeDataType) ||
    input.DeveloperOnlyAttribute
  ) {
    throw invalidParameter(
      `You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute ${base.Name}`,
    );
  }
  const attribute: SchemaAttribute = {
    ...base,
    // sub stays immutable and required whatever the request says.
    Mutable: base.Name === 'sub' ? false : (input.Mutable ?? base.Mutable),
    Required: base.Name === 'sub' ? true : (input.Required ?? base.Required),
  };
  if (base.StringAttributeConstraints && input.StringAttributeConstraints) {
    attribute.StringAttributeConstraints = {
      ...base.StringAttributeConstraints,
      ...input.StringAttributeConstraints,
    };
  }
  if (base.NumberAttributeConstraints && input.NumberAttributeConstraints) {
    attribute.NumberAttributeConstraints = {
      ...base.NumberAttributeConstraints,
      ...input.NumberAttributeConstraints,
    };
  }
  checkConstraints(attribute);
  return attribute;
}

/** The pool's SchemaAttributes from CreateUserPool's Schema: standard ones (maybe overridden), then custom. */
export function buildSchema(inputs: SchemaInput[] = []): SchemaAttribute[] {
  const overrides = new Map<string, SchemaInput>();
  const custom: SchemaAttribute[] = [];
  for (const input of inputs) {
    const name = input.Name ?? '';
    if (STANDARD_NAMES.has(name)) {
      overrides.set(name, input);
      continue;
    }
    const attribute = customAttribute(input);
    if (custom.some((a) => a.Name === attribute.Name)) {
      throw invalidParameter(
        `${attribute.Name}: Existing attribute already has name ${attribute.Name}.`,
      );
    }
    custom.push(attribute);
  }
  const standard = STANDARD_SCHEMA.map((base) => {
    const input = overrides.get(base.Name);
    return input ? standardOverride(input, base) : structuredClone(base);
  });
  return [...standard, ...custom];
}
