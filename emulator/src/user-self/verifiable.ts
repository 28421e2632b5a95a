import { invalidParameter } from '../protocol/errors.ts';

export type VerifiableAttribute = 'email' | 'phone_number';

/** Only email and phone_number are verified with a code. */
export function verifiableAttribute(name: string): VerifiableAttribute {
  if (name === 'email' || name === 'phone_number') return name;
  // Wording not documented by AWS.
  throw invalidParameter(`Invalid attribute name: ${name} cannot be verified.`);
}

export const mediumOf = (attribute: VerifiableAttribute) =>
  attribute === 'email' ? ('EMAIL' as const) : ('SMS' as const);
