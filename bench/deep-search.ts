import {
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  ListUsersCommand,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import type { RunningEmulator } from '../emulator/src/server.ts';
import { generateUsers } from '../emulator/src/user-admin/bulk-users.ts';
import { deepSearch, DEFAULT_REQUESTS_PER_SECOND } from '../src/lib/user-search/deep-search.ts';

export interface DeepSearchFigure {
  users: number;
  seconds: number;
  usersPerSecond: number;
  requestsPerSecond: number;
  matches: number;
  /** Cognito's ListUsers quota (30 requests/s per account) times 60 users per page. */
  quotaCeiling: number;
  /** The console's own pacing (25 requests/s) times 60 users per page. */
  pacedCeiling: number;
}

/** The console's deep-search engine, as the browser runs it, scanning a pool of `users`. */
export async function deepSearchThroughput(
  emulator: RunningEmulator,
  client: CognitoIdentityProviderClient,
  users: number,
): Promise<DeepSearchFigure> {
  const { UserPool } = await client.send(new CreateUserPoolCommand({ PoolName: 'bench-deep' }));
  const poolId = UserPool!.Id!;
  generateUsers(emulator.store.state.userPools.get(poolId)!, users, { prefix: 'deep' });
  const started = performance.now();
  const result = await deepSearch<UserType>({
    fetchPage: async (token, signal) => {
      const page = await client.send(
        new ListUsersCommand({ UserPoolId: poolId, Limit: 60, PaginationToken: token }),
        { abortSignal: signal },
      );
      return { users: page.Users ?? [], nextToken: page.PaginationToken };
    },
    predicate: (user) =>
      (user.Attributes ?? []).some((a) => a.Name === 'name' && a.Value?.includes('Kai Tanaka')),
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    users: result.progress.scanned,
    seconds,
    usersPerSecond: result.progress.scanned / seconds,
    requestsPerSecond: result.progress.pages / seconds,
    matches: result.matches.length,
    quotaCeiling: 30 * 60,
    pacedCeiling: DEFAULT_REQUESTS_PER_SECOND * 60,
  };
}
