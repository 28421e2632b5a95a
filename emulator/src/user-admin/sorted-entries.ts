/** An index entry: the indexed value, then the username (the tie-breaker that keeps the order total). */
export type Entry = readonly [key: string, username: string];

export function compareEntries(a: Entry, b: Entry): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}

/** Entries kept sorted by (key, username): exact and prefix lookups are a binary search and a walk. */
export class SortedEntries {
  private constructor(readonly entries: Entry[]) {}

  static from(entries: Entry[]): SortedEntries {
    return new SortedEntries(entries.sort(compareEntries));
  }

  /** Position of the first entry >= `probe`. */
  lowerBound(probe: Entry): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareEntries(this.entries[mid]!, probe) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Position of the first entry > `probe`. */
  upperBound(probe: Entry): number {
    const at = this.lowerBound(probe);
    return at < this.entries.length && compareEntries(this.entries[at]!, probe) === 0 ? at + 1 : at;
  }

  insert(entry: Entry): void {
    const at = this.lowerBound(entry);
    const existing = this.entries[at];
    if (existing && compareEntries(existing, entry) === 0) return;
    this.entries.splice(at, 0, entry);
  }

  remove(entry: Entry): void {
    const at = this.lowerBound(entry);
    const existing = this.entries[at];
    if (existing && compareEntries(existing, entry) === 0) this.entries.splice(at, 1);
  }

  get size(): number {
    return this.entries.length;
  }
}
