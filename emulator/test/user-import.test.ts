import {
  AddCustomAttributesCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CreateUserImportJobCommand,
  DeleteUserPoolCommand,
  DescribeUserImportJobCommand,
  GetCSVHeaderCommand,
  ListUserImportJobsCommand,
  ListUsersCommand,
  StartUserImportJobCommand,
  StopUserImportJobCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/server.ts';
import { QUOTAS_OFF } from '../src/traffic/quotas.ts';
import { adminClient } from '../src/users/test-emulator.ts';
import { expectAwsError } from './support/expect-error.ts';
import { targets } from './support/targets.ts';
import {
  createJob,
  csvFor,
  goodUser,
  importPool,
  LOGS_ROLE,
  upload,
  waitForJob,
} from './support/user-import.ts';

// moto_server 5 implements none of the user-import operations. The behaviour asserted is AWS's
// API reference (API_GetCSVHeader.html, API_CreateUserImportJob.html, API_StartUserImportJob.html,
// API_StopUserImportJob.html, API_DescribeUserImportJob.html, API_ListUserImportJobs.html) and the
// developer guide's import pages (cognito-user-pools-using-import-tool-csv-header.html,
// cognito-user-pools-creating-import-job.html, cognito-user-pools-using-import-tool-cloudwatch.html).
describe.each(targets())('user import on $name', (target) => {
  const client = target.admin();
  const itAws = target.name === 'moto' ? it.fails : it;

  itAws(
    'GetCSVHeader lists the schema in order, custom attributes, then the cognito columns',
    async () => {
      const UserPoolId = await importPool(client);
      const { CSVHeader, UserPoolId: answered } = await client.send(
        new GetCSVHeaderCommand({ UserPoolId }),
      );
      expect(answered).toBe(UserPoolId);
      expect(CSVHeader).toEqual([
        'name',
        'given_name',
        'family_name',
        'middle_name',
        'nickname',
        'preferred_username',
        'profile',
        'picture',
        'website',
        'email',
        'email_verified',
        'gender',
        'birthdate',
        'zoneinfo',
        'locale',
        'phone_number',
        'phone_number_verified',
        'address',
        'updated_at',
        'custom:tier',
        'cognito:mfa_enabled',
        'cognito:username',
      ]);
    },
  );

  itAws('a new job is Created, with nothing counted and an upload URL', async () => {
    const UserPoolId = await importPool(client);
    const job = await createJob(client, UserPoolId);
    expect(job).toMatchObject({
      UserPoolId,
      Status: 'Created',
      CloudWatchLogsRoleArn: LOGS_ROLE,
      ImportedUsers: 0,
      SkippedUsers: 0,
      FailedUsers: 0,
    });
    expect(job.JobId).toMatch(/^import-[0-9a-zA-Z-]+$/);
    expect(job.PreSignedUrl).toMatch(/^https?:\/\//);
    expect(job.CreationDate).toBeInstanceOf(Date);
    const described = await client.send(
      new DescribeUserImportJobCommand({ UserPoolId, JobId: job.JobId }),
    );
    expect(described.UserImportJob).toEqual(job);
  });

  itAws('CreateUserImportJob needs a CloudWatch Logs role ARN', async () => {
    const UserPoolId = await importPool(client);
    await expectAwsError(
      () =>
        client.send(
          new CreateUserImportJobCommand({
            UserPoolId,
            JobName: 'no-role',
            CloudWatchLogsRoleArn: undefined as unknown as string,
          }),
        ),
      'InvalidParameterException',
    );
    await expectAwsError(
      () =>
        client.send(
          new CreateUserImportJobCommand({
            UserPoolId,
            JobName: 'not-a-role',
            CloudWatchLogsRoleArn: 'arn:aws:s3:::123456789012:bucket',
          }),
        ),
      'InvalidParameterException',
    );
  });

  itAws('starting before the file is uploaded fails with PreconditionNotMetException', async () => {
    const UserPoolId = await importPool(client);
    const job = await createJob(client, UserPoolId);
    await expectAwsError(
      () => client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId })),
      'PreconditionNotMetException',
    );
  });

  itAws('the upload URL refuses a file without x-amz-server-side-encryption: aws:kms', async () => {
    const UserPoolId = await importPool(client);
    const job = await createJob(client, UserPoolId);
    const csv = await csvFor(client, UserPoolId, [goodUser('ann')]);
    const refused = await upload(job.PreSignedUrl!, csv, false);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    await expectAwsError(
      () => client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId })),
      'PreconditionNotMetException',
    );
    const edited = await upload(
      job.PreSignedUrl!.replace(/X-Amz-Signature=\w/, 'X-Amz-Signature=0'),
      csv,
    );
    expect(edited.status).toBe(403);
  });

  itAws(
    'imports the uploaded users in RESET_REQUIRED: Pending, then Succeeded with counts',
    async () => {
      const UserPoolId = await importPool(client);
      const job = await createJob(client, UserPoolId);
      const csv = await csvFor(client, UserPoolId, [
        goodUser('ann', {
          given_name: 'Ann',
          'custom:tier': 'gold',
          address: '1 Main St, Springfield',
        }),
        goodUser('bob'),
        goodUser('cy', { phone_number: '+15550100', phone_number_verified: 'false' }),
      ]);
      const uploaded = await upload(job.PreSignedUrl!, csv);
      expect(uploaded.status).toBe(200);

      const started = await client.send(
        new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }),
      );
      expect(started.UserImportJob).toMatchObject({ Status: 'Pending' });
      expect(started.UserImportJob!.StartDate).toBeInstanceOf(Date);

      const done = await waitForJob(client, UserPoolId, job.JobId!);
      expect(done).toMatchObject({
        Status: 'Succeeded',
        ImportedUsers: 3,
        SkippedUsers: 0,
        FailedUsers: 0,
      });
      expect(done.CompletionDate).toBeInstanceOf(Date);
      expect(done.CompletionMessage).toBeTruthy();

      const ann = await client.send(new AdminGetUserCommand({ UserPoolId, Username: 'ann' }));
      expect(ann.UserStatus).toBe('RESET_REQUIRED');
      expect(ann.Enabled).toBe(true);
      const attributes = Object.fromEntries(ann.UserAttributes!.map((a) => [a.Name, a.Value]));
      expect(attributes).toMatchObject({
        email: 'ann@example.com',
        email_verified: 'true',
        given_name: 'Ann',
        'custom:tier': 'gold',
        address: '1 Main St, Springfield',
      });
      expect(attributes.sub).toMatch(/^[0-9a-f-]{36}$/);
      // The users are in ListUsers' index too: a filter finds them.
      const found = await client.send(
        new ListUsersCommand({ UserPoolId, Filter: 'email = "bob@example.com"' }),
      );
      expect(found.Users?.map((u) => u.Username)).toEqual(['bob']);
    },
  );

  itAws(
    'counts each bad row as failed and an existing user as skipped; the rest import',
    async () => {
      const UserPoolId = await importPool(client);
      await client.send(
        new AdminCreateUserCommand({ UserPoolId, Username: 'taken', MessageAction: 'SUPPRESS' }),
      );
      const job = await createJob(client, UserPoolId);
      const csv = await csvFor(client, UserPoolId, [
        goodUser('fine'),
        goodUser('taken'),
        goodUser('unverified', { email_verified: 'false' }),
        goodUser('bad-email', { email: 'not-an-email' }),
        goodUser('mfa-on', { 'cognito:mfa_enabled': 'true' }),
        goodUser('has space'),
      ]);
      await upload(job.PreSignedUrl!, csv);
      await client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
      const done = await waitForJob(client, UserPoolId, job.JobId!);
      expect(done).toMatchObject({
        Status: 'Succeeded',
        ImportedUsers: 1,
        SkippedUsers: 1,
        FailedUsers: 4,
      });
      const taken = await client.send(new AdminGetUserCommand({ UserPoolId, Username: 'taken' }));
      expect(taken.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
      await expectAwsError(
        () => client.send(new AdminGetUserCommand({ UserPoolId, Username: 'unverified' })),
        'UserNotFoundException',
      );
    },
  );

  itAws('a job that imports no one fails with AWS message', async () => {
    const UserPoolId = await importPool(client);
    const job = await createJob(client, UserPoolId);
    await upload(
      job.PreSignedUrl!,
      await csvFor(client, UserPoolId, [goodUser('x', { email_verified: 'false' })]),
    );
    await client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
    const done = await waitForJob(client, UserPoolId, job.JobId!);
    expect(done).toMatchObject({
      Status: 'Failed',
      FailedUsers: 1,
      CompletionMessage: 'Too many users have failed or been skipped during the import.',
    });
  });

  itAws('a file whose header lacks a column fails the job', async () => {
    const UserPoolId = await importPool(client);
    const job = await createJob(client, UserPoolId);
    await upload(job.PreSignedUrl!, 'cognito:username,email\nann,ann@example.com\n');
    await client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
    const done = await waitForJob(client, UserPoolId, job.JobId!);
    expect(done.Status).toBe('Failed');
    expect(done.ImportedUsers).toBe(0);
  });

  itAws('a finished job cannot start again, and only a running job can stop', async () => {
    const UserPoolId = await importPool(client);
    const job = await createJob(client, UserPoolId);
    await expectAwsError(
      () => client.send(new StopUserImportJobCommand({ UserPoolId, JobId: job.JobId })),
      'PreconditionNotMetException',
    );
    await upload(job.PreSignedUrl!, await csvFor(client, UserPoolId, [goodUser('once')]));
    await client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
    await waitForJob(client, UserPoolId, job.JobId!);
    await expectAwsError(
      () => client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId })),
      'PreconditionNotMetException',
    );
  });

  itAws('lists jobs newest first, a page at a time', async () => {
    const UserPoolId = await importPool(client);
    const created = [];
    for (let i = 0; i < 3; i++) {
      created.push((await createJob(client, UserPoolId)).JobId);
      await new Promise((r) => setTimeout(r, 5));
    }
    const first = await client.send(new ListUserImportJobsCommand({ UserPoolId, MaxResults: 2 }));
    expect(first.UserImportJobs!.map((j) => j.JobId)).toEqual([created[2], created[1]]);
    expect(first.PaginationToken).toBeTruthy();
    const second = await client.send(
      new ListUserImportJobsCommand({
        UserPoolId,
        MaxResults: 2,
        PaginationToken: first.PaginationToken,
      }),
    );
    expect(second.UserImportJobs!.map((j) => j.JobId)).toEqual([created[0]]);
    expect(second.PaginationToken).toBeUndefined();
  });

  itAws('an unknown job is ResourceNotFoundException', async () => {
    const UserPoolId = await importPool(client);
    await expectAwsError(
      () => client.send(new DescribeUserImportJobCommand({ UserPoolId, JobId: 'import-nope' })),
      'ResourceNotFoundException',
    );
  });
});

/** Emulator only: the pace, the clock and restarts are the emulator's to control. */
describe('user import jobs over time (emulator)', () => {
  let emulator: RunningEmulator;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'import-'));
    emulator = await startEmulator({
      port: 0,
      dataDir,
      config: {
        seed: false,
        quotas: QUOTAS_OFF,
        userImport: { pendingMs: 1000, rowsPerSecond: 40 },
      },
    });
  });
  afterAll(async () => {
    await emulator.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const manyUsers = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => goodUser(`${prefix}${i}`));

  async function runningJob(client: ReturnType<typeof adminClient>, rows: number) {
    const UserPoolId = await importPool(client);
    const job = await createJob(client, UserPoolId);
    await upload(job.PreSignedUrl!, await csvFor(client, UserPoolId, manyUsers('u', rows)));
    await client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
    return { UserPoolId, JobId: job.JobId! };
  }

  it('is Pending, then InProgress with counts that grow, while a pool setting change is refused', async () => {
    const client = adminClient(emulator.url);
    const { UserPoolId, JobId } = await runningJob(client, 200);
    const pending = await client.send(new DescribeUserImportJobCommand({ UserPoolId, JobId }));
    expect(pending.UserImportJob!.Status).toBe('Pending');
    await expectAwsError(
      () => client.send(new UpdateUserPoolCommand({ UserPoolId })),
      'UserImportInProgressException',
    );
    const inProgress = await waitForJob(
      client,
      UserPoolId,
      JobId,
      (job) => job.Status === 'InProgress' && job.ImportedUsers! > 0,
    );
    expect(inProgress.ImportedUsers).toBeLessThan(200);
    for (const call of [
      () => client.send(new UpdateUserPoolCommand({ UserPoolId })),
      () =>
        client.send(
          new AddCustomAttributesCommand({
            UserPoolId,
            CustomAttributes: [{ Name: 'late', AttributeDataType: 'String' }],
          }),
        ),
      () => client.send(new DeleteUserPoolCommand({ UserPoolId })),
    ])
      await expectAwsError(call, 'UserImportInProgressException');

    const stopped = await client.send(new StopUserImportJobCommand({ UserPoolId, JobId }));
    expect(stopped.UserImportJob).toMatchObject({
      Status: 'Stopped',
      CompletionMessage: 'The Import Job was stopped by the developer.',
    });
    const after = stopped.UserImportJob!.ImportedUsers!;
    await new Promise((r) => setTimeout(r, 300));
    const later = await client.send(new DescribeUserImportJobCommand({ UserPoolId, JobId }));
    expect(later.UserImportJob!.ImportedUsers).toBe(after);
    const { Users } = await client.send(new ListUsersCommand({ UserPoolId }));
    expect(Users!.length).toBe(Math.min(after, 60));
    await client.send(new UpdateUserPoolCommand({ UserPoolId }));
  });

  it('keeps a log line per skipped or failed row, readable by the console', async () => {
    const client = adminClient(emulator.url);
    const UserPoolId = await importPool(client);
    await client.send(
      new AdminCreateUserCommand({ UserPoolId, Username: 'taken', MessageAction: 'SUPPRESS' }),
    );
    const job = await createJob(client, UserPoolId);
    await upload(
      job.PreSignedUrl!,
      await csvFor(client, UserPoolId, [
        goodUser('fine'),
        goodUser('taken'),
        goodUser('bad-email', { email: 'not-an-email' }),
      ]),
    );
    await client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId }));
    await waitForJob(client, UserPoolId, job.JobId!);
    const query = new URLSearchParams({ pool: UserPoolId, job: job.JobId! });
    const res = await fetch(`${emulator.url}/_emulator/user-import-log?${query}`);
    const { lines } = (await res.json()) as { lines: string[] };
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[SKIPPED\] Line Number 3 - /);
    expect(lines[1]).toMatch(/^\[FAILED\] Line Number 4 - .*email/i);
    const missing = await fetch(`${emulator.url}/_emulator/user-import-log?pool=x&job=y`);
    expect(missing.status).toBe(404);
  });

  it('one job imports at a time: a second started meanwhile waits in Pending', async () => {
    const client = adminClient(emulator.url);
    const first = await runningJob(client, 200);
    const second = await runningJob(client, 3);
    await waitForJob(client, first.UserPoolId, first.JobId, (job) => job.Status === 'InProgress');
    const waiting = await client.send(new DescribeUserImportJobCommand(second));
    expect(waiting.UserImportJob!.Status).toBe('Pending');
    expect(await waitForJob(client, first.UserPoolId, first.JobId)).toMatchObject({
      Status: 'Succeeded',
    });
    expect(await waitForJob(client, second.UserPoolId, second.JobId)).toMatchObject({
      Status: 'Succeeded',
      ImportedUsers: 3,
    });
  });

  it('the upload URL expires after 15 minutes, as S3 answers', async () => {
    const client = adminClient(emulator.url);
    const UserPoolId = await importPool(client);
    const job = await createJob(client, UserPoolId);
    emulator.store.state.userPools.get(UserPoolId)!.importJobs.get(job.JobId!)!.uploadExpiresAt -=
      15 * 60 + 1;
    const expired = await upload(job.PreSignedUrl!, 'x');
    expect(expired.status).toBe(403);
    const body = await expired.text();
    expect(body).toContain('<Code>AccessDenied</Code>');
    expect(body).toContain('<Message>Request has expired</Message>');
  });

  it('a job not started within 24 hours has Expired and cannot start', async () => {
    const client = adminClient(emulator.url);
    const UserPoolId = await importPool(client);
    const job = await createJob(client, UserPoolId);
    await upload(job.PreSignedUrl!, await csvFor(client, UserPoolId, [goodUser('late')]));
    emulator.store.state.userPools.get(UserPoolId)!.importJobs.get(job.JobId!)!.CreationDate -=
      24 * 3600 + 1;
    const described = await client.send(
      new DescribeUserImportJobCommand({ UserPoolId, JobId: job.JobId }),
    );
    expect(described.UserImportJob!.Status).toBe('Expired');
    await expectAwsError(
      () => client.send(new StartUserImportJobCommand({ UserPoolId, JobId: job.JobId })),
      'PreconditionNotMetException',
    );
  });

  it('a job running when the emulator stops carries on after the restart, no row twice', async () => {
    let client = adminClient(emulator.url);
    const { UserPoolId, JobId } = await runningJob(client, 120);
    await waitForJob(client, UserPoolId, JobId, (job) => job.ImportedUsers! > 10);
    await emulator.close();
    emulator = await startEmulator({
      port: 0,
      dataDir,
      config: {
        seed: false,
        quotas: QUOTAS_OFF,
        userImport: { pendingMs: 0, rowsPerSecond: 2000 },
      },
    });
    client = adminClient(emulator.url);
    const done = await waitForJob(client, UserPoolId, JobId);
    expect(done).toMatchObject({
      Status: 'Succeeded',
      ImportedUsers: 120,
      FailedUsers: 0,
      SkippedUsers: 0,
    });
    let count = 0;
    let PaginationToken: string | undefined;
    do {
      const page = await client.send(new ListUsersCommand({ UserPoolId, PaginationToken }));
      count += page.Users!.length;
      PaginationToken = page.PaginationToken;
    } while (PaginationToken);
    expect(count).toBe(120);
  });
});
