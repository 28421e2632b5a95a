import {
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  ListGroupsCommand,
  ListUsersCommand,
  ListUsersInGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { RunningEmulator } from '../emulator/src/server.ts';
import { generateUsers } from '../emulator/src/user-admin/bulk-users.ts';
import { addUserToGroup, createGroup } from '../emulator/src/users/groups.ts';
import {
  GROUP_SCAN_BUDGET,
  PER_USER_REQUESTS_PER_SECOND,
  scanUserGroups,
  type GroupScanSource,
} from '../src/api/users/user-groups-scan.ts';
import { TokenBucket } from '../src/lib/user-search/pacer.ts';

export interface GroupsMapFigure {
  pool: string;
  strategy: string;
  requests: number;
  seconds: number;
  outcome: string;
}

interface PoolShape {
  name: string;
  users: number;
  groupSizes: number[];
}

const SHAPES: PoolShape[] = [
  { name: '100,000 users, 5 small groups', users: 100_000, groupSizes: [10, 50, 100, 300, 800] },
  {
    name: '100,000 users, 5 large groups',
    users: 100_000,
    groupSizes: [20, 200, 2_000, 10_000, 40_000],
  },
  { name: '20,000 users, 500 groups of 20', users: 20_000, groupSizes: Array(500).fill(20) },
];

/** The users of the first screen (rows in view plus overscan) and of a whole 60-row page. */
const ROWS = [25, 60];

function sourceFor(client: CognitoIdentityProviderClient, poolId: string): GroupScanSource {
  return {
    listGroups: async (token, signal) => {
      const out = await client.send(
        new ListGroupsCommand({ UserPoolId: poolId, Limit: 60, NextToken: token }),
        { abortSignal: signal },
      );
      return { names: (out.Groups ?? []).map((g) => g.GroupName!), nextToken: out.NextToken };
    },
    listMembers: async (group, token, signal) => {
      const out = await client.send(
        new ListUsersInGroupCommand({
          UserPoolId: poolId,
          GroupName: group,
          Limit: 60,
          NextToken: token,
        }),
        { abortSignal: signal },
      );
      return { names: (out.Users ?? []).map((u) => u.Username!), nextToken: out.NextToken };
    },
  };
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, (performance.now() - started) / 1000];
}

/**
 * The two ways to fill the Groups column, against an emulator with Cognito's quotas on: the
 * whole pool's map from ListUsersInGroup (in full, and within the console's budget), and one
 * AdminListGroupsForUser per row in view, paced as the console paces it.
 */
export async function userGroupsFigures(
  emulator: RunningEmulator,
  client: CognitoIdentityProviderClient,
): Promise<GroupsMapFigure[]> {
  const figures: GroupsMapFigure[] = [];
  for (const [index, shape] of SHAPES.entries()) {
    const { UserPool } = await client.send(
      new CreateUserPoolCommand({ PoolName: `bench-groups-${index}` }),
    );
    const poolId = UserPool!.Id!;
    const record = emulator.store.state.userPools.get(poolId)!;
    const users = generateUsers(record, shape.users, { prefix: `g${index}` });
    // Groups take consecutive users, so the big groups overlap the small ones.
    shape.groupSizes.forEach((size, g) => {
      const name = `group-${String(g).padStart(3, '0')}`;
      createGroup(record, { GroupName: name }, Date.now());
      for (let i = 0; i < size; i++)
        addUserToGroup(record, users[(g * 7 + i) % users.length]!.Username, name);
    });
    const source = sourceFor(client, poolId);

    const [full, fullSeconds] = await timed(() => scanUserGroups(source, { budget: Infinity }));
    figures.push({
      pool: shape.name,
      strategy: 'scan every group (ListUsersInGroup)',
      requests: full.requests,
      seconds: fullSeconds,
      outcome:
        full.strategy === 'scan' ? `${full.groupsByUser.size} members mapped` : full.strategy,
    });
    const [adaptive, adaptiveSeconds] = await timed(() => scanUserGroups(source));
    figures.push({
      pool: shape.name,
      strategy: `scan within ${GROUP_SCAN_BUDGET} requests`,
      requests: adaptive.requests,
      seconds: adaptiveSeconds,
      outcome:
        adaptive.strategy === 'scan' ? 'map complete' : `per-user (too many ${adaptive.reason})`,
    });

    const { Users = [] } = await client.send(
      new ListUsersCommand({ UserPoolId: poolId, Limit: 60 }),
    );
    for (const rows of ROWS) {
      const bucket = new TokenBucket(PER_USER_REQUESTS_PER_SECOND);
      const [, seconds] = await timed(() =>
        Promise.all(
          Users.slice(0, rows).map(async (user) => {
            await bucket.take();
            await client.send(
              new AdminListGroupsForUserCommand({
                UserPoolId: poolId,
                Username: user.Username!,
                Limit: 60,
              }),
            );
          }),
        ),
      );
      figures.push({
        pool: shape.name,
        strategy: `per user (AdminListGroupsForUser), ${rows} rows`,
        requests: rows,
        seconds,
        outcome: 'rows in view only',
      });
    }
  }
  return figures;
}
