import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../emulator/src/config.ts';
import { seedDemo } from '../emulator/src/seed/seed.ts';
import { SEEDED } from '../emulator/src/seed/seeded.ts';
import { startEmulator } from '../emulator/src/server.ts';
import { spawnEmulator } from '../emulator/src/store/child-emulator.ts';
import { Store } from '../emulator/src/store/store.ts';
import { generateUsers } from '../emulator/src/user-admin/bulk-users.ts';
import { adminClient } from '../emulator/src/users/test-emulator.ts';
import { QUOTAS_OFF } from '../emulator/src/traffic/quotas.ts';

export interface WriteRate {
  operation: string;
  mode: string;
  writes: number;
  perSecond: number;
}

export interface BigPoolResult {
  phase: string;
  users: number;
  writesPerSecond: number;
  reads: number;
  readMedianMs: number;
  readP99Ms: number;
  readMaxMs: number;
  maxRssMb: number;
  startSeconds: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

const STAFF = ['jsmith', 'mgarcia', 'kchen', 'apatel', 'tnguyen'];

/** 8 concurrent callers for `seconds`: AdminCreateUser (hashes a password) or an attribute update. */
async function writeStorm(
  client: CognitoIdentityProviderClient,
  operation: 'AdminCreateUser' | 'AdminUpdateUserAttributes',
  prefix: string,
  seconds = 5,
) {
  let writes = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: 8 }, async (_, writer) => {
      for (let i = 0; performance.now() < deadline; i++) {
        await (operation === 'AdminCreateUser'
          ? client.send(
              new AdminCreateUserCommand({
                UserPoolId: SEEDED.staffPool.id,
                Username: `${prefix}-${writer}-${i}`,
                MessageAction: 'SUPPRESS',
              }),
            )
          : client.send(
              new AdminUpdateUserAttributesCommand({
                UserPoolId: SEEDED.staffPool.id,
                Username: STAFF[(writer + i) % STAFF.length]!,
                UserAttributes: [{ Name: 'given_name', Value: `${prefix}${i}` }],
              }),
            ));
        writes++;
      }
    }),
  );
  return { writes, perSecond: writes / seconds };
}

/** Writes from 8 concurrent callers, each answered after fdatasync, versus in memory. */
export async function durableWriteRates(): Promise<WriteRate[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-durable-'));
  const results: WriteRate[] = [];
  try {
    for (const [mode, dataDir] of [
      ['durable (journal + fdatasync)', join(dir, 'data')],
      ['in memory', undefined],
    ] as const) {
      const emulator = await startEmulator({
        dataDir,
        config: { seedCustomerUsers: 0, quotas: QUOTAS_OFF },
      });
      const client = adminClient(emulator.url);
      for (const operation of ['AdminUpdateUserAttributes', 'AdminCreateUser'] as const) {
        await writeStorm(client, operation, 'warm', 1);
        const { writes, perSecond } = await writeStorm(client, operation, 'bench');
        results.push({ operation, mode, writes, perSecond });
      }
      client.destroy();
      await emulator.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/**
 * A persistent emulator (its own process) holding `users` users in one pool, written as one
 * journal so the first write also starts a background compaction into a snapshot; then 10
 * writes per second while AdminGetUser is timed one call at a time, and the process's RSS sampled.
 */
export async function bigPoolUnderWrites(users = 100_000, seconds = 20): Promise<BigPoolResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-big-'));
  try {
    const prepared = await Store.open(dir);
    await seedDemo(prepared, defaultConfig({ seedCustomerUsers: 0 }));
    const pool = prepared.state.userPools.get(SEEDED.customerPool.id)!;
    const generated = generateUsers(pool, users, { prefix: 'big' });
    prepared.touchAll();
    await prepared.commit();
    await prepared.close();
    const names = generated.map((u) => u.Username);

    const started = performance.now();
    const emulator = await spawnEmulator(dir);
    const startSeconds = (performance.now() - started) / 1000;
    const pid = emulator.process.pid!;
    const client = adminClient(emulator.url);
    const pick = () => names[Math.floor(Math.random() * names.length)]!;
    let maxRss = await rssMb(pid);
    const sampler = setInterval(() => {
      void rssMb(pid).then((mb) => (maxRss = Math.max(maxRss, mb)));
    }, 100);

    for (let i = 0; i < 50; i++) {
      await client.send(
        new AdminGetUserCommand({ UserPoolId: SEEDED.customerPool.id, Username: pick() }),
      );
    }
    const timedReads = async (phase: string, writesPerSecond: number): Promise<BigPoolResult> => {
      let writes = 0;
      let acknowledged = 0;
      let failed = 0;
      const writer = setInterval(
        () => {
          if (writesPerSecond === 0) return;
          writes++;
          client
            .send(
              new AdminUpdateUserAttributesCommand({
                UserPoolId: SEEDED.customerPool.id,
                Username: pick(),
                UserAttributes: [{ Name: 'given_name', Value: `W${writes}` }],
              }),
            )
            .then(() => acknowledged++)
            .catch(() => failed++);
        },
        1000 / Math.max(writesPerSecond, 1),
      );
      const latencies: number[] = [];
      const deadline = performance.now() + seconds * 1000;
      while (performance.now() < deadline) {
        const t = performance.now();
        await client.send(
          new AdminGetUserCommand({ UserPoolId: SEEDED.customerPool.id, Username: pick() }),
        );
        latencies.push(performance.now() - t);
      }
      clearInterval(writer);
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (failed > 0) throw new Error(`${failed} of ${writes} writes failed`);
      const sorted = latencies.sort((a, b) => a - b);
      return {
        phase,
        users,
        writesPerSecond: acknowledged / seconds,
        reads: sorted.length,
        readMedianMs: percentile(sorted, 0.5),
        readP99Ms: percentile(sorted, 0.99),
        readMaxMs: sorted.at(-1)!,
        maxRssMb: Math.max(maxRss, await rssMb(pid)),
        startSeconds,
      };
    };
    const results = [
      await timedReads('reads only', 0),
      // The first write finds the whole pool in the journal: a background compaction runs here.
      await timedReads('10 writes/s, compacting', 10),
      await timedReads('10 writes/s', 10),
    ];
    clearInterval(sampler);
    client.destroy();
    emulator.process.kill('SIGTERM');
    await emulator.exited;
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
