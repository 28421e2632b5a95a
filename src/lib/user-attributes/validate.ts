import { MAX_ATTRIBUTE_LENGTH, type AttributeDefinition } from './schema';

// What Cognito accepts: an address with one @ and a dot in the domain, and E.164 phone numbers.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+[1-9]\d{1,14}$/;
const numberPattern = /^-?\d+(\.\d+)?$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The message to show at the field when `value` breaks the schema, or undefined when it is fine.
 * An empty value is only an error for required attributes (emptying anything else removes it).
 */
export function validateAttributeValue(
  definition: AttributeDefinition,
  value: string,
): string | undefined {
  const label = definition.name;
  if (value === '') {
    return definition.required
      ? `${label} is required in this pool, so it cannot be empty or removed.`
      : undefined;
  }
  if (value.length > MAX_ATTRIBUTE_LENGTH) {
    return `At most ${MAX_ATTRIBUTE_LENGTH} characters.`;
  }
  switch (definition.dataType) {
    case 'Boolean':
      return value === 'true' || value === 'false' ? undefined : 'Must be true or false.';
    case 'Number': {
      if (!numberPattern.test(value)) return 'Must be a number.';
      const number = Number(value);
      if (definition.minValue !== undefined && number < definition.minValue) {
        return `Must be at least ${definition.minValue}.`;
      }
      if (definition.maxValue !== undefined && number > definition.maxValue) {
        return `Must be at most ${definition.maxValue}.`;
      }
      return undefined;
    }
    default:
      break;
  }
  if (definition.minLength !== undefined && value.length < definition.minLength) {
    return `At least ${definition.minLength} character${definition.minLength === 1 ? '' : 's'}.`;
  }
  if (definition.maxLength !== undefined && value.length > definition.maxLength) {
    return `At most ${definition.maxLength} characters.`;
  }
  if (definition.name === 'email' && !emailPattern.test(value)) {
    return 'Enter an email address such as name@example.com.';
  }
  if (definition.name === 'phone_number' && !phonePattern.test(value)) {
    return 'Use the international format: + then country code and number, e.g. +14155550123.';
  }
  if (definition.name === 'birthdate' && !datePattern.test(value)) {
    return 'Use the format YYYY-MM-DD.';
  }
  return undefined;
}
