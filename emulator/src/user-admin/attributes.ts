import { invalidParameter } from '../protocol/errors.ts';
import type { AttributeRecord, UserPoolRecord, UserRecord } from '../store/types.ts';
import type { SchemaAttribute } from '../userpools/schema.ts';

export const schemaOf = (pool: UserPoolRecord) =>
  (pool.pool.SchemaAttributes as SchemaAttribute[] | undefined) ?? [];

const schemaError = (detail: string) =>
  invalidParameter(`Attributes did not conform to the schema: ${detail}`);

// Pragmatic shapes: AWS wants an @ with text around it, and E.164 numbers.
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const PHONE = /^\+[0-9]{4,15}$/;

export type AttributeWrite = 'create' | 'update';

/**
 * Checks attributes an admin call writes against the pool's schema: unknown names, immutable
 * attributes on update (sub never), lengths, email and phone formats, boolean flags.
 */
export function checkAttributeWrites(
  pool: UserPoolRecord,
  attributes: AttributeRecord[],
  mode: AttributeWrite,
): void {
  const schema = new Map(schemaOf(pool).map((a) => [a.Name, a]));
  for (const { Name: name, Value: value = '' } of attributes) {
    const definition = schema.get(name);
    if (!definition) throw schemaError(`Type for attribute {${name}} could not be determined`);
    if (name === 'sub' || (mode === 'update' && !definition.Mutable)) {
      throw invalidParameter(
        `${name}: Attribute cannot be updated. (changing an immutable attribute)`,
      );
    }
    const max = definition.StringAttributeConstraints?.MaxLength;
    if (max !== undefined && value.length > Number(max)) {
      throw schemaError(`${name}: String must be no longer than ${max} characters`);
    }
    const min = definition.StringAttributeConstraints?.MinLength;
    if (min !== undefined && value !== '' && value.length < Number(min)) {
      throw schemaError(`${name}: String must be no shorter than ${min} characters`);
    }
    if (definition.AttributeDataType === 'Boolean' && value !== 'true' && value !== 'false') {
      throw schemaError(`${name}: Value must be true or false`);
    }
    if (
      definition.AttributeDataType === 'Number' &&
      value !== '' &&
      !/^-?\d+(\.\d+)?$/.test(value)
    ) {
      throw schemaError(`${name}: Number must be a number`);
    }
    if (name === 'email' && value !== '' && !EMAIL.test(value))
      throw invalidParameter('Invalid email address format.');
    if (name === 'phone_number' && value !== '' && !PHONE.test(value)) {
      throw invalidParameter('Invalid phone number format.');
    }
  }
}

/** An update may not empty a required attribute: "Invalid user attributes: email: Required …". */
export function checkRequiredKept(
  pool: UserPoolRecord,
  requested: readonly AttributeRecord[],
): void {
  const required = new Set(
    schemaOf(pool)
      .filter((a) => a.Required)
      .map((a) => a.Name),
  );
  for (const { Name, Value } of requested) {
    if (Value === '' && required.has(Name)) {
      throw invalidParameter(
        `Invalid user attributes: ${Name}: Required attribute cannot be deleted.`,
      );
    }
  }
}

/** Required attributes (other than sub) the user would lack: "email: The attribute is required". */
export function checkRequired(pool: UserPoolRecord, attributes: AttributeRecord[]): void {
  const present = new Set(
    attributes.filter((a) => a.Value !== undefined && a.Value !== '').map((a) => a.Name),
  );
  const missing = schemaOf(pool).filter(
    (a) => a.Required && a.Name !== 'sub' && !present.has(a.Name),
  );
  if (missing.length > 0) {
    throw schemaError(missing.map((a) => `${a.Name}: The attribute is required`).join('\n'));
  }
}

export function getAttribute(user: UserRecord, name: string): string | undefined {
  return user.Attributes.find((a) => a.Name === name)?.Value;
}

/** Sets (or, for an empty value, removes) attributes in place, keeping the order they were added in. */
export function setAttributes(user: UserRecord, attributes: AttributeRecord[]): void {
  for (const { Name, Value = '' } of attributes) {
    const at = user.Attributes.findIndex((a) => a.Name === Name);
    if (Value === '') {
      if (at >= 0) user.Attributes.splice(at, 1);
    } else if (at >= 0) {
      user.Attributes[at] = { Name, Value };
    } else {
      user.Attributes.push({ Name, Value });
    }
  }
}

export function removeAttributes(user: UserRecord, names: string[]): void {
  user.Attributes = user.Attributes.filter((a) => !names.includes(a.Name));
}

/** Last write wins, as AWS treats a repeated attribute in one request. */
export function dedupe(attributes: AttributeRecord[] = []): AttributeRecord[] {
  return [
    ...new Map(attributes.map((a) => [a.Name, { Name: a.Name, Value: a.Value ?? '' }])).values(),
  ];
}
