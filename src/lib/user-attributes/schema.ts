/**
 * A pool's attribute schema in the shape the user pages need. Structural input types (no SDK
 * import) so this stays a pure helper: DescribeUserPool's SchemaAttributes fit them as they are.
 */

export interface SchemaAttributeInput {
  Name?: string;
  AttributeDataType?: string;
  DeveloperOnlyAttribute?: boolean;
  Mutable?: boolean;
  Required?: boolean;
  StringAttributeConstraints?: { MinLength?: string; MaxLength?: string };
  NumberAttributeConstraints?: { MinValue?: string; MaxValue?: string };
}

export type AttributeKind = 'standard' | 'custom' | 'developer';
export type AttributeDataType = 'String' | 'Number' | 'DateTime' | 'Boolean';

export interface AttributeDefinition {
  /** The name user APIs use: `email`, `custom:tier`, `dev:custom:score`. */
  name: string;
  kind: AttributeKind;
  dataType: AttributeDataType;
  required: boolean;
  mutable: boolean;
  minLength?: number;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
}

/** Custom string attributes hold at most 2,048 characters whatever the schema says. */
export const MAX_ATTRIBUTE_LENGTH = 2048;

/** Attributes Cognito manages itself: shown, never edited or removed from the console. */
export const systemAttributes: ReadonlySet<string> = new Set(['sub', 'identities']);

const dataTypes: ReadonlySet<string> = new Set(['String', 'Number', 'DateTime', 'Boolean']);

function toNumber(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

export function attributeKind(name: string, developerOnly = false): AttributeKind {
  if (developerOnly || name.startsWith('dev:')) return 'developer';
  if (name.startsWith('custom:')) return 'custom';
  return 'standard';
}

export function toAttributeDefinition(
  input: SchemaAttributeInput,
): AttributeDefinition | undefined {
  const rawName = input.Name?.trim();
  if (!rawName) return undefined;
  const kind = attributeKind(rawName, input.DeveloperOnlyAttribute);
  // Some sources list a developer-only attribute by its bare custom name; user APIs want dev:.
  const name = kind === 'developer' && !rawName.startsWith('dev:') ? `dev:${rawName}` : rawName;
  const dataType = dataTypes.has(input.AttributeDataType ?? '')
    ? (input.AttributeDataType as AttributeDataType)
    : 'String';
  return {
    name,
    kind,
    dataType,
    required: input.Required === true,
    mutable: input.Mutable !== false,
    minLength: toNumber(input.StringAttributeConstraints?.MinLength),
    maxLength: toNumber(input.StringAttributeConstraints?.MaxLength),
    minValue: toNumber(input.NumberAttributeConstraints?.MinValue),
    maxValue: toNumber(input.NumberAttributeConstraints?.MaxValue),
  };
}

/** The pool's schema, in DescribeUserPool's order, without unnamed entries or duplicates. */
export function toAttributeDefinitions(
  schema: readonly SchemaAttributeInput[] | undefined,
): AttributeDefinition[] {
  const seen = new Set<string>();
  const definitions: AttributeDefinition[] = [];
  for (const input of schema ?? []) {
    const definition = toAttributeDefinition(input);
    if (!definition || seen.has(definition.name)) continue;
    seen.add(definition.name);
    definitions.push(definition);
  }
  return definitions;
}

/** A plain-words label for the kind, or undefined for standard attributes. */
export function attributeKindLabel(kind: AttributeKind): string | undefined {
  if (kind === 'custom') return 'Custom';
  if (kind === 'developer') return 'Developer-only';
  return undefined;
}

/** Why a field cannot be changed or removed, in words to show beside it. */
export function lockedReason(definition: AttributeDefinition): string | undefined {
  if (systemAttributes.has(definition.name)) return 'Managed by Cognito; it cannot be edited.';
  if (!definition.mutable) {
    return 'Immutable in this pool: it can only be set when the user is created.';
  }
  return undefined;
}

/** Whether the edit form offers this attribute at all (sub and identities are Cognito's own). */
export function isEditable(definition: AttributeDefinition): boolean {
  return !systemAttributes.has(definition.name) && definition.mutable;
}
