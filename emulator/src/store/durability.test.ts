import {
  AdminCreateUserCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEEDED } from '../seed/seeded.ts';
import { adminClient } from '../users/test-emulator.ts';
import { spawnEmulator } from './child-emulator.ts';

const WRITERS = 8;
const ROUNDS = 5;
const POOL = SEEDED.staffPool.id;

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Creates users until stopped; returns the usernames the emulator acknowledged. */
async function writer(
  url: string,
  prefix: string,
  stop: { now: boolean; acknowledged: number },
): Promise<string[]> {
  const client = adminClient(url);
  const acknowledged: string[] = [];
  for (let i = 0; !stop.now; i++) {
    const username = `${prefix}-${i}`;
    try {
      await client.send(
        new AdminCreateUserCommand({
          UserPoolId: POOL,
          Username: username,
          MessageAction: 'SUPPRESS',
        }),
      );
      acknowledged.push(username);
      stop.acknowledged++;
    } catch {
      return acknowledged; // the process is gone
    }
  }
  return acknowledged;
}

/** Every username in the pool, page by page. */
async function usernames(url: string): Promise<Set<string>> {
  const client = adminClient(url);
  const names = new Set<string>();
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListUsersCommand({ UserPoolId: POOL, Limit: 60, PaginationToken: token }),
    );
    for (const user of page.Users ?? []) names.add(user.Username!);
    token = page.PaginationToken;
  } while (token);
  return names;
}

describe('durability', () => {
  it('keeps every acknowledged write through kill -9 in the middle of 8 concurrent writers, 5 times', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-durability-'));
    dirs.push(dir);
    const acknowledged: string[] = [];
    const lost: string[] = [];
    let emulator = await spawnEmulator(dir);
    for (let round = 0; round < ROUNDS; round++) {
      const stop = { now: false, acknowledged: 0 };
      const writers = Array.from({ length: WRITERS }, (_, w) =>
        writer(emulator.url, `r${round}-w${w}`, stop),
      );
      let running = WRITERS;
      for (const w of writers) void w.finally(() => running--);
      // Mid-storm: once the writers are going, at a different moment each round.
      while (stop.acknowledged < 20 * (round + 1)) {
        if (running === 0) throw new Error('Every writer stopped before the kill.');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50));
      emulator.process.kill('SIGKILL');
      stop.now = true;
      acknowledged.push(...(await Promise.all(writers)).flat());
      await emulator.exited;

      emulator = await spawnEmulator(dir);
      const stored = await usernames(emulator.url);
      lost.push(...acknowledged.filter((name) => !stored.has(name) && !lost.includes(name)));
    }
    emulator.process.kill('SIGKILL');
    await emulator.exited;
    expect(acknowledged.length).toBeGreaterThan(ROUNDS * 20);
    expect(lost).toEqual([]);
  }, 120_000);
});
