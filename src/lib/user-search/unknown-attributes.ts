/**
 * A deep search reads every user of the pool, so a misspelt attribute (`custom:teir`) costs a full
 * scan that can only find nothing. These checks name such attributes before the scan starts.
 */

export interface UnknownAttribute {
  attribute: string;
  /** The pool's attribute it most likely meant, when one is close. */
  suggestion?: string;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i]![j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The closest known name within two edits, ignoring case. */
export function closestAttribute(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The attributes among `names` that `known` (the pool's schema and user fields) lacks, once each. */
export function unknownAttributes(
  names: readonly string[],
  known: readonly string[],
): UnknownAttribute[] {
  const knownSet = new Set(known);
  const unknown = [...new Set(names)].filter((name) => !knownSet.has(name));
  return unknown.map((attribute) => ({
    attribute,
    suggestion: closestAttribute(attribute, known),
  }));
}

/**
 * The warning shown at the field: "custom:teir is not … Did you mean custom:tier?", then how to go
 * on regardless.
 */
export function describeUnknownAttribute(
  { attribute, suggestion }: UnknownAttribute,
  goOn = 'Start again to search anyway.',
): string {
  const meant = suggestion ? ` Did you mean ${suggestion}?` : '';
  return `${attribute} is not an attribute of this pool, so no user can match.${meant} ${goOn}`;
}
