import { readFile } from 'node:fs/promises';
import {
  CreateUserImportJobCommand,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DescribeUserImportJobCommand,
  DescribeUserPoolCommand,
  GetCSVHeaderCommand,
  ListGroupsCommand,
  ListUsersCommand,
  ListUsersInGroupCommand,
  StartUserImportJobCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, type Download, type Page } from '@playwright/test';
import { parseCsv } from '../../emulator/src/user-import/csv.ts';
import { adminClient, attributesOf, customerPoolId } from './users-search-page.ts';

/** From the Users tab to its export page (the page keeps the Users search). */
export async function openExport(page: Page) {
  await page.getByRole('link', { name: 'Export CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export users as CSV' })).toBeVisible();
}

/** Picks the download (the test cannot answer a native save dialog) and starts. */
export async function startDownloadExport(page: Page) {
  await page.getByRole('radio', { name: 'Download when finished' }).check();
  await page.getByRole('button', { name: 'Start export' }).click();
}

/** The downloaded file's text and its rows as Cognito's import reads them. */
export async function readDownload(download: Download) {
  const text = await readFile(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), text, ...parseCsv(text) };
}

export async function customerCsvHeader(): Promise<string[]> {
  const { CSVHeader = [] } = await adminClient().send(
    new GetCSVHeaderCommand({ UserPoolId: customerPoolId }),
  );
  return CSVHeader;
}

export async function customerPoolSize(): Promise<number> {
  const { UserPool } = await adminClient().send(
    new DescribeUserPoolCommand({ UserPoolId: customerPoolId }),
  );
  return UserPool!.EstimatedNumberOfUsers!;
}

/** One row's values by column name. */
export const rowByColumn = (header: string[], values: string[]) =>
  new Map(header.map((column, i) => [column, values[i]!]));

/** A new pool with the customer pool's sign-in, verification, MFA and custom attributes. */
export async function createPoolLikeCustomers(name: string): Promise<string> {
  const client = adminClient();
  const { UserPool: source } = await client.send(
    new DescribeUserPoolCommand({ UserPoolId: customerPoolId }),
  );
  const custom = (source!.SchemaAttributes ?? []).filter((a) => a.Name?.startsWith('custom:'));
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({
      PoolName: name,
      AliasAttributes: source!.AliasAttributes,
      UsernameAttributes: source!.UsernameAttributes,
      AutoVerifiedAttributes: source!.AutoVerifiedAttributes,
      UsernameConfiguration: source!.UsernameConfiguration,
      MfaConfiguration: source!.MfaConfiguration,
      Schema: custom.map((a) => ({ ...a, Name: a.Name!.slice('custom:'.length) })),
    }),
  );
  return UserPool!.Id!;
}

/** CreateUserImportJob, the upload AWS asks for, StartUserImportJob, then waits for the end. */
export async function importFile(poolId: string, csv: string) {
  const client = adminClient();
  const { UserImportJob: created } = await client.send(
    new CreateUserImportJobCommand({
      UserPoolId: poolId,
      JobName: 'export-reimport',
      CloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/CognitoImportLogs',
    }),
  );
  const upload = await fetch(created!.PreSignedUrl!, {
    method: 'PUT',
    headers: { 'x-amz-server-side-encryption': 'aws:kms' },
    body: csv,
  });
  expect(upload.ok).toBe(true);
  await client.send(new StartUserImportJobCommand({ UserPoolId: poolId, JobId: created!.JobId }));
  let job = created!;
  await expect
    .poll(
      async () => {
        ({ UserImportJob: job } = (await client.send(
          new DescribeUserImportJobCommand({ UserPoolId: poolId, JobId: created!.JobId }),
        )) as { UserImportJob: typeof job });
        return job.Status;
      },
      { timeout: 30_000 },
    )
    .toMatch(/^(Succeeded|Failed)$/);
  return job;
}

/** Every user of a pool, by username, with their attributes (sub left out: a pool makes its own). */
export async function usersOf(poolId: string) {
  const client = adminClient();
  const users = new Map<string, Record<string, string>>();
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListUsersCommand({ UserPoolId: poolId, Limit: 60, PaginationToken: token }),
    );
    for (const user of page.Users ?? []) {
      const { sub: _sub, ...attributes } = attributesOf(user) as Record<string, string>;
      users.set(user.Username!, attributes);
    }
    token = page.PaginationToken;
  } while (token);
  return users;
}

export async function deletePool(poolId: string) {
  await adminClient().send(new DeleteUserPoolCommand({ UserPoolId: poolId }));
}

/** Each customer's groups, sorted, from ListGroups and ListUsersInGroup (setup only). */
export async function customerGroupsByUser() {
  const { Groups = [] } = await adminClient().send(
    new ListGroupsCommand({ UserPoolId: customerPoolId, Limit: 60 }),
  );
  expect(Groups.length).toBeLessThan(60);
  const byUser = new Map<string, string[]>();
  for (const group of Groups.map((g) => g.GroupName!)) {
    let token: string | undefined;
    do {
      const page = await adminClient().send(
        new ListUsersInGroupCommand({
          UserPoolId: customerPoolId,
          GroupName: group,
          Limit: 60,
          NextToken: token,
        }),
      );
      for (const user of page.Users ?? []) {
        byUser.set(user.Username!, [...(byUser.get(user.Username!) ?? []), group]);
      }
      token = page.NextToken;
    } while (token);
  }
  for (const list of byUser.values()) list.sort((a, b) => a.localeCompare(b));
  return byUser;
}
