import {
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { RunningEmulator } from '../emulator/src/server.ts';
import { generateUsers } from '../emulator/src/user-admin/bulk-users.ts';

export interface LatencyResult {
  target: string;
  users: number;
  samples: number;
  medianMs: number;
  p95Ms: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Exact-email ListUsers lookups of random existing users, one at a time. */
async function lookupLatency(
  client: CognitoIdentityProviderClient,
  poolId: string,
  users: number,
  emailOf: (i: number) => string,
  target: string,
  samples = 200,
): Promise<LatencyResult> {
  const times: number[] = [];
  for (let s = 0; s < samples + 10; s++) {
    const email = emailOf(Math.floor(Math.random() * users));
    const started = performance.now();
    const { Users } = await client.send(
      new ListUsersCommand({ UserPoolId: poolId, Filter: `email = "${email}"`, Limit: 60 }),
    );
    const elapsed = performance.now() - started;
    if (Users?.length !== 1) throw new Error(`${target}: expected one user for ${email}`);
    if (s >= 10) times.push(elapsed); // the first ten warm up
  }
  times.sort((a, b) => a - b);
  return {
    target,
    users,
    samples,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
  };
}

/** Walks `pages` unfiltered ListUsers pages of 60 with PaginationToken: the Users tab's paging. */
export async function pagingLatency(
  client: CognitoIdentityProviderClient,
  poolId: string,
  users: number,
  target: string,
  pages = 200,
): Promise<LatencyResult> {
  const times: number[] = [];
  let token: string | undefined;
  for (let i = 0; i < pages; i++) {
    const started = performance.now();
    const page = await client.send(
      new ListUsersCommand({ UserPoolId: poolId, Limit: 60, PaginationToken: token }),
    );
    times.push(performance.now() - started);
    token = page.PaginationToken;
    if (!token) break;
  }
  times.sort((a, b) => a - b);
  return {
    target,
    users,
    samples: times.length,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
  };
}

const handle = (i: number) => `bench-${i.toString().padStart(7, '0')}`;

/** The emulator, filled in-process with the bulk generator (the same users the API would make). */
export async function emulatorLookup(
  emulator: RunningEmulator,
  client: CognitoIdentityProviderClient,
  users: number,
): Promise<{ lookup: LatencyResult; paging: LatencyResult }> {
  const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: `bench-${users}` }));
  generateUsers(emulator.store.state.userPools.get(UserPool!.Id!)!, users, { prefix: 'bench' });
  const lookup = await lookupLatency(
    client,
    UserPool!.Id!,
    users,
    (i) => `${handle(i)}@example.com`,
    'emulator',
  );
  const paging = await pagingLatency(client, UserPool!.Id!, users, 'emulator');
  return { lookup, paging };
}

/** moto_server, filled through AdminCreateUser (it has no other way in), 16 calls at a time. */
export async function motoLookup(
  client: CognitoIdentityProviderClient,
  users: number,
  onProgress: (done: number) => void,
): Promise<{ lookup: LatencyResult; paging: LatencyResult }> {
  const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: `bench-${users}` }));
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < users) {
        const i = next++;
        await client.send(
          new AdminCreateUserCommand({
            UserPoolId: UserPool!.Id,
            Username: handle(i),
            MessageAction: 'SUPPRESS',
            UserAttributes: [{ Name: 'email', Value: `${handle(i)}@example.com` }],
          }),
        );
        if (i % 5000 === 0) onProgress(i);
      }
    }),
  );
  const lookup = await lookupLatency(
    client,
    UserPool!.Id!,
    users,
    (i) => `${handle(i)}@example.com`,
    'moto_server',
  );
  const paging = await pagingLatency(client, UserPool!.Id!, users, 'moto_server', 20);
  return { lookup, paging };
}
