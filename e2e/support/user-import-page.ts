import {
  AdminCreateUserCommand,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  GetCSVHeaderCommand,
  ListUserImportJobsCommand,
  StopUserImportJobCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Page, Request } from '@playwright/test';
import { emulatorAdminClient } from './idp-admin.ts';

let counter = 0;

/** A disposable pool: family_name required, a custom attribute, email verified by the pool. */
export async function createImportPool() {
  const name = `e2e-import-${Date.now().toString(36)}-${counter++}`;
  const { UserPool } = await emulatorAdminClient().send(
    new CreateUserPoolCommand({
      PoolName: name,
      AutoVerifiedAttributes: ['email'],
      Schema: [
        { Name: 'family_name', AttributeDataType: 'String', Required: true, Mutable: true },
        { Name: 'tier', AttributeDataType: 'String', Mutable: true },
      ],
    }),
  );
  return { id: UserPool!.Id!, name };
}

/** Stops what still runs (a pool cannot be deleted during an import), then deletes the pool. */
export async function removeImportPool(poolId: string) {
  const client = emulatorAdminClient();
  const { UserImportJobs = [] } = await client.send(
    new ListUserImportJobsCommand({ UserPoolId: poolId, MaxResults: 60 }),
  );
  for (const job of UserImportJobs) {
    if (job.Status === 'Pending' || job.Status === 'InProgress')
      await client.send(new StopUserImportJobCommand({ UserPoolId: poolId, JobId: job.JobId! }));
  }
  await client.send(new DeleteUserPoolCommand({ UserPoolId: poolId }));
}

export async function csvHeaderOf(poolId: string): Promise<string[]> {
  const { CSVHeader = [] } = await emulatorAdminClient().send(
    new GetCSVHeaderCommand({ UserPoolId: poolId }),
  );
  return CSVHeader;
}

export async function createPoolUser(poolId: string, username: string, email: string) {
  await emulatorAdminClient().send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'family_name', Value: 'Existing' },
      ],
    }),
  );
}

/** A CSV of `rows`, each given as column → value; other columns empty. */
export function csvOf(header: readonly string[], rows: Record<string, string>[]): string {
  return [header.join(','), ...rows.map((row) => header.map((c) => row[c] ?? '').join(','))].join(
    '\n',
  );
}

/** The Cognito operations the page sent (X-Amz-Target), in order. */
export function recordCognitoOperations(page: Page): string[] {
  const operations: string[] = [];
  page.on('request', (request: Request) => {
    const target = request.headers()['x-amz-target'];
    if (target) operations.push(target.split('.').pop()!);
  });
  return operations;
}

export async function chooseCsv(page: Page, name: string, text: string) {
  await page.getByLabel('CSV file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
}

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/CognitoImportLogs';
