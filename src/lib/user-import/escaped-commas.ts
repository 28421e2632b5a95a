/**
 * Cognito's import format writes a comma inside a value as `\,`. A CSV parser splits there, so the
 * pieces are joined back: a field ending in a backslash continues into the next one.
 */
export function joinEscapedCommas(fields: readonly string[]): string[] {
  const joined: string[] = [];
  let pending: string | undefined;
  for (const field of fields) {
    const value = pending === undefined ? field : `${pending},${field}`;
    if (value.endsWith('\\') && !value.endsWith('\\\\')) pending = value.slice(0, -1);
    else {
      joined.push(value);
      pending = undefined;
    }
  }
  if (pending !== undefined) joined.push(`${pending}\\`);
  return joined;
}
