import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { groupKeys } from '../groups/group-keys';
import { poolKeys } from '../pools/pool-keys';
import { userKeys } from '../users/user-keys';
import { importJobKeys } from './import-job-keys';
import { applyJobAnswer, invalidateAfterJobChange, type ImportJob } from './import-job-status';

const poolId = 'us-east-1_Imp';
const other = 'us-east-1_Other';
const job = (status: string, imported = 0): ImportJob => ({
  UserPoolId: poolId,
  JobId: 'import-1',
  Status: status as ImportJob['Status'],
  ImportedUsers: imported,
});

/** A client holding the views an import could touch, in this pool and another; returns the stale ones. */
function clientWithViews() {
  const client = new QueryClient();
  const keys = [
    importJobKeys.list(poolId, {}),
    importJobKeys.detail(poolId, 'import-1'),
    userKeys.list(poolId, {}),
    userKeys.detail({ poolId, username: 'ann' }),
    groupKeys.list(poolId, {}),
    poolKeys.description(poolId),
    userKeys.list(other, {}),
    importJobKeys.list(other, {}),
  ];
  for (const key of keys) client.setQueryData(key, {});
  const stale = () =>
    client
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.isInvalidated)
      .map((q) => q.queryKey);
  return { client, stale };
}

describe('what a new answer about an import job refreshes', () => {
  it('a job that finishes with imported users: the history, the users lists and the pool description', async () => {
    const { client, stale } = clientWithViews();
    await invalidateAfterJobChange(client, job('Succeeded', 3), job('InProgress', 1));
    expect(stale()).toEqual([
      importJobKeys.list(poolId, {}),
      userKeys.list(poolId, {}),
      poolKeys.description(poolId),
    ]);
  });

  it('a status change without imported users: only the history', async () => {
    const { client, stale } = clientWithViews();
    await invalidateAfterJobChange(client, job('Pending'), job('Created'));
    await invalidateAfterJobChange(client, job('Failed', 0), job('InProgress', 0));
    expect(stale()).toEqual([importJobKeys.list(poolId, {})]);
  });

  it('counts moving within a status, or a first sight of the job: nothing', async () => {
    const { client, stale } = clientWithViews();
    await invalidateAfterJobChange(client, job('InProgress', 5), job('InProgress', 1));
    await invalidateAfterJobChange(client, job('Succeeded', 5), undefined);
    expect(stale()).toEqual([]);
  });

  it("a mutation's answer becomes the job's view; a stop after imports refreshes the users", async () => {
    const { client, stale } = clientWithViews();
    client.setQueryData(importJobKeys.detail(poolId, 'import-1'), job('InProgress', 2));
    await applyJobAnswer(client, job('Stopped', 2));
    expect(client.getQueryData(importJobKeys.detail(poolId, 'import-1'))).toEqual(
      job('Stopped', 2),
    );
    expect(stale()).toEqual([
      importJobKeys.list(poolId, {}),
      userKeys.list(poolId, {}),
      poolKeys.description(poolId),
    ]);
  });
});
