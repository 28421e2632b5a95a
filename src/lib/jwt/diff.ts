export interface ClaimChange {
  name: string;
  before: unknown;
  after: unknown;
}

export interface ClaimsDiff {
  added: { name: string; value: unknown }[];
  removed: { name: string; value: unknown }[];
  changed: ClaimChange[];
  /** Claims present in both with the same value. */
  unchanged: string[];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What changed between two tokens' claims, e.g. before and after a refresh; names in token order. */
export function diffClaims(
  before: ReadonlyMap<string, unknown>,
  after: ReadonlyMap<string, unknown>,
): ClaimsDiff {
  const diff: ClaimsDiff = { added: [], removed: [], changed: [], unchanged: [] };
  for (const [name, value] of after) {
    if (!before.has(name)) diff.added.push({ name, value });
    else if (sameValue(before.get(name), value)) diff.unchanged.push(name);
    else diff.changed.push({ name, before: before.get(name), after: value });
  }
  for (const [name, value] of before) {
    if (!after.has(name)) diff.removed.push({ name, value });
  }
  return diff;
}

export function isEmptyDiff(diff: ClaimsDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length === 0;
}
