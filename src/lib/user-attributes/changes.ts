import { isEditable, type AttributeDefinition } from './schema';

export interface AttributeChanges {
  /** For AdminUpdateUserAttributes: only attributes whose value changed or that are new. */
  updates: { Name: string; Value: string }[];
  /** For AdminDeleteUserAttributes: attributes the user had and whose value was emptied. */
  deletions: string[];
}

/**
 * Compares the user's attributes with the edited values (both keyed by attribute name) and keeps
 * only what changed, so nothing the admin did not touch is sent. Attributes that cannot be edited
 * (immutable, sub, identities) are never included, whatever `edited` holds.
 */
export function buildAttributeChanges(
  definitions: readonly AttributeDefinition[],
  original: Readonly<Record<string, string>>,
  edited: Readonly<Record<string, string>>,
): AttributeChanges {
  const updates: AttributeChanges['updates'] = [];
  const deletions: string[] = [];
  for (const definition of definitions) {
    if (!isEditable(definition)) continue;
    const { name } = definition;
    if (!(name in edited)) continue;
    const before = original[name];
    const after = edited[name] ?? '';
    if (after === (before ?? '')) continue;
    if (after === '') {
      if (before !== undefined) deletions.push(name);
    } else {
      updates.push({ Name: name, Value: after });
    }
  }
  return { updates, deletions };
}

/** The user's attributes as a name -> value record (AdminGetUser's list form). */
export function attributesToRecord(
  attributes: readonly { Name?: string; Value?: string }[] | undefined,
): Record<string, string> {
  const record: Record<string, string> = {};
  for (const { Name, Value } of attributes ?? []) {
    if (Name) record[Name] = Value ?? '';
  }
  return record;
}
