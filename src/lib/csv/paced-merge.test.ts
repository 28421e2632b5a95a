import { describe, expect, it } from 'vitest';
import { TokenBucket } from '@/lib/user-search/pacer';
import { pacedMerge } from './paced-merge';

async function* walk(name: string, pages: number, log: string[]) {
  for (let i = 0; i < pages; i++) {
    log.push(`${name}${i}`);
    yield `${name}${i}`;
  }
}

describe('pacedMerge', () => {
  it('hands on every page of every walk once', async () => {
    const log: string[] = [];
    const merged = pacedMerge(
      [walk('a', 3, log), walk('b', 1, log), walk('c', 2, log)],
      new TokenBucket(1000),
      new AbortController().signal,
    );
    const pages: string[] = [];
    for await (const page of merged) pages.push(page);
    expect(pages.sort()).toEqual(['a0', 'a1', 'a2', 'b0', 'c0', 'c1']);
  });

  it('asks every walk for a page only after taking a token from the shared pace', async () => {
    const events: string[] = [];
    const bucket = {
      take: async () => {
        events.push('token');
        await Promise.resolve();
      },
    };
    async function* logged(name: string, pages: number) {
      for (let i = 0; i < pages; i++) {
        events.push('fetch');
        yield `${name}${i}`;
      }
    }
    const merged = pacedMerge(
      [logged('a', 4), logged('b', 2), logged('c', 3)],
      bucket,
      new AbortController().signal,
    );
    let pages = 0;
    for await (const _ of merged) pages++;
    expect(pages).toBe(9);
    let tokens = 0;
    let fetches = 0;
    for (const event of events) {
      if (event === 'token') tokens++;
      else fetches++;
      expect(fetches).toBeLessThanOrEqual(tokens);
    }
    // One token per page, and one per walk for the call that found it had ended.
    expect(tokens).toBe(9 + 3);
  });

  it('ends with the abort when its walks do', async () => {
    const controller = new AbortController();
    async function* aborting() {
      for (let i = 0; ; i++) {
        controller.signal.throwIfAborted();
        yield i;
      }
    }
    const merged = pacedMerge([aborting()], new TokenBucket(1000), controller.signal);
    await merged.next();
    controller.abort(new Error('cancelled'));
    await expect(merged.next()).rejects.toThrow('cancelled');
  });
});
