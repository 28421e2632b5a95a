import {
  toAttributeDefinitions,
  type AttributeDefinition,
  type SchemaAttributeInput,
} from '../user-attributes/schema';

/** What a pool asks of each row of an import file. */
export interface ImportRules {
  /** GetCSVHeader's columns: the header the file must have (in any order). */
  template: readonly string[];
  /** The schema's attributes by name (user strings: a Map, never object keys). */
  attributes: ReadonlyMap<string, AttributeDefinition>;
  /** Attributes the pool verifies itself (email, phone_number): one must be verified per user. */
  autoVerified: readonly string[];
  /** The pool's MFA setting: OFF wants cognito:mfa_enabled false, ON wants it true. */
  mfa: 'OFF' | 'ON' | 'OPTIONAL';
}

/** The slice of DescribeUserPool the rules come from (structural: no SDK import). */
export interface ImportPoolInput {
  SchemaAttributes?: readonly SchemaAttributeInput[];
  AutoVerifiedAttributes?: readonly string[];
  MfaConfiguration?: string;
}

export function importRulesOf(pool: ImportPoolInput, template: readonly string[]): ImportRules {
  const mfa = pool.MfaConfiguration === 'ON' || pool.MfaConfiguration === 'OPTIONAL';
  return {
    template,
    attributes: new Map(toAttributeDefinitions(pool.SchemaAttributes).map((a) => [a.name, a])),
    autoVerified: [...(pool.AutoVerifiedAttributes ?? [])],
    mfa: mfa ? (pool.MfaConfiguration as 'ON' | 'OPTIONAL') : 'OFF',
  };
}
