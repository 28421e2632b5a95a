/**
 * Several page walks read side by side, their pages handed on as they arrive, in any order. A
 * walk fetches a page only when asked for its next one, so asking at the shared `bucket`'s pace
 * keeps all of them together under one rate, while each waits for its own answer: the rate, not
 * one request's latency, sets the speed. At most one page per walk is held.
 */
export async function* pacedMerge<Page>(
  walks: readonly AsyncIterator<Page>[],
  bucket: { take(signal?: AbortSignal): Promise<void> },
  signal: AbortSignal,
): AsyncGenerator<Page> {
  type Settled = { index: number; result: IteratorResult<Page> };
  const pending = new Map<number, Promise<Settled>>();
  const ask = (index: number) => {
    const settled = (async () => {
      await bucket.take(signal);
      return { index, result: await walks[index]!.next() };
    })();
    // Raced below; one left pending when the merge ends early must not count as unhandled.
    settled.catch(() => undefined);
    pending.set(index, settled);
  };
  walks.forEach((_, index) => ask(index));
  try {
    while (pending.size > 0) {
      const { index, result } = await Promise.race(pending.values());
      pending.delete(index);
      if (result.done) continue;
      ask(index);
      yield result.value;
    }
  } finally {
    // Ending early (a cancel, an error): let the other walks finish their request and stop.
    for (const index of pending.keys()) void walks[index]!.return?.().catch(() => undefined);
  }
}
