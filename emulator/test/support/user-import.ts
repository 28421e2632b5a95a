import {
  CreateUserImportJobCommand,
  CreateUserPoolCommand,
  DescribeUserImportJobCommand,
  GetCSVHeaderCommand,
  type CognitoIdentityProviderClient,
  type UserImportJobType,
} from '@aws-sdk/client-cognito-identity-provider';
import { uniqueName } from './targets.ts';

export const LOGS_ROLE = 'arn:aws:iam::123456789012:role/CognitoImportLogs';

/** A pool that verifies email automatically, with one custom attribute, as imports expect. */
export async function importPool(client: CognitoIdentityProviderClient) {
  const { UserPool } = await client.send(
    new CreateUserPoolCommand({
      PoolName: uniqueName('import'),
      AutoVerifiedAttributes: ['email'],
      Schema: [{ Name: 'tier', AttributeDataType: 'String', Mutable: true }],
    }),
  );
  return UserPool!.Id!;
}

export async function createJob(client: CognitoIdentityProviderClient, UserPoolId: string) {
  const { UserImportJob } = await client.send(
    new CreateUserImportJobCommand({
      UserPoolId,
      JobName: uniqueName('job'),
      CloudWatchLogsRoleArn: LOGS_ROLE,
    }),
  );
  return UserImportJob!;
}

/** A CSV with GetCSVHeader's columns; each user gives the values it sets. */
export async function csvFor(
  client: CognitoIdentityProviderClient,
  UserPoolId: string,
  users: Record<string, string>[],
) {
  const { CSVHeader } = await client.send(new GetCSVHeaderCommand({ UserPoolId }));
  const header = CSVHeader!;
  const escape = (value: string) => value.replaceAll(',', '\\,');
  const rows = users.map((user) => header.map((column) => escape(user[column] ?? '')).join(','));
  return [header.join(','), ...rows].join('\n') + '\n';
}

/** A user row that imports: username, verified email, MFA off. */
export const goodUser = (username: string, extra: Record<string, string> = {}) => ({
  'cognito:username': username,
  'cognito:mfa_enabled': 'false',
  email: `${username}@example.com`,
  email_verified: 'TRUE',
  ...extra,
});

/** PUTs the file to the pre-signed URL, with the header AWS requires unless told otherwise. */
export function upload(url: string, csv: string, header = true) {
  return fetch(url, {
    method: 'PUT',
    headers: header ? { 'x-amz-server-side-encryption': 'aws:kms' } : {},
    body: csv,
  });
}

const FINAL = new Set(['Succeeded', 'Failed', 'Stopped', 'Expired']);

/** Describes the job until `until` holds (by default: it has ended), within 15 s. */
export async function waitForJob(
  client: CognitoIdentityProviderClient,
  UserPoolId: string,
  JobId: string,
  until: (job: UserImportJobType) => boolean = (job) => FINAL.has(job.Status!),
): Promise<UserImportJobType> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { UserImportJob } = await client.send(
      new DescribeUserImportJobCommand({ UserPoolId, JobId }),
    );
    if (until(UserImportJob!)) return UserImportJob!;
    if (Date.now() > deadline)
      throw new Error(`job still ${UserImportJob!.Status} (${JSON.stringify(UserImportJob)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
