import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { emulatorAdminClient } from './support/idp-admin.ts';
import { E2E_EMULATOR_URL } from './support/ports.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import {
  chooseCsv,
  createImportPool,
  createPoolUser,
  csvHeaderOf,
  csvOf,
  recordCognitoOperations,
  removeImportPool,
  ROLE_ARN,
} from './support/user-import-page.ts';

let pool: { id: string; name: string };

test.beforeEach(async () => {
  await resetEmulator();
  pool = await createImportPool();
});

test.afterEach(async () => {
  await removeImportPool(pool.id);
});

const user = (i: number, extra: Record<string, string> = {}) => ({
  'cognito:username': `imported-${i}`,
  'cognito:mfa_enabled': 'false',
  email: `imported-${i}@example.com`,
  email_verified: 'true',
  family_name: `Family${i}`,
  'custom:tier': 'gold',
  ...extra,
});

test('a bad file shows its problems at their row and column, and nothing is sent', async ({
  page,
}) => {
  const operations = recordCognitoOperations(page);
  await signInFirstTime(page, 'admin');
  await page.goto(`/pools/${pool.id}/import`);
  await expect(page.getByRole('heading', { name: 'Import users' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // The template is the pool's header row, downloaded as a file.
  const header = await csvHeaderOf(pool.id);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV template' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${pool.name}-import-template.csv`);
  expect((await readFile((await download.path())!, 'utf8')).trim()).toBe(header.join(','));

  const misspelt = header.map((c) => (c === 'custom:tier' ? 'custom:teir' : c));
  await chooseCsv(
    page,
    'bad.csv',
    csvOf(misspelt, [
      user(1),
      user(2, { email: 'not-an-email' }),
      user(3, { family_name: '' }),
      user(4, { email_verified: 'false' }),
    ]),
  );
  const problems = page.getByRole('table', { name: 'Problems in the file' });
  await expect(page.getByText('5 problems in bad.csv: nothing was sent')).toBeVisible();
  const problemRow = (row: string, column: string) =>
    problems
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: row, exact: true }) })
      .filter({ has: page.getByRole('cell', { name: column, exact: true }) });
  await expect(problemRow('1', 'custom:teir')).toContainText('no such column');
  await expect(problemRow('1', 'custom:tier')).toContainText('missing from the header');
  await expect(problemRow('3', 'email')).toContainText('email address');
  await expect(problemRow('4', 'family_name')).toContainText('required');
  await expect(problemRow('5', 'email_verified')).toContainText('email_verified must be true');
  await expectNoSeriousA11yViolations(page);

  // Creating is refused at the file, and no job is created.
  await page.getByLabel('CloudWatch Logs role ARN').fill(ROLE_ARN);
  await page.getByRole('button', { name: 'Create job and upload file' }).click();
  await expect(page.getByText('Fix the problems in the file first.')).toBeVisible();
  await expect(page.getByLabel('CSV file')).toBeFocused();
  expect(operations).toContain('GetCSVHeader');
  expect(operations).not.toContain('CreateUserImportJob');
  expect(operations).not.toContain('StartUserImportJob');
});

test('a good file is created, uploaded, started and imported; the users are there in RESET_REQUIRED', async ({
  page,
}) => {
  test.slow(); // a sign-in, two pages, an import and three accessibility scans on a shared machine
  await createPoolUser(pool.id, 'imported-0', 'already@example.com');
  const header = await csvHeaderOf(pool.id);
  const rows = Array.from({ length: 400 }, (_, i) => user(i));
  const operations = recordCognitoOperations(page);
  await signInFirstTime(page, 'admin');
  // The users list is seen (and cached) before the import: it must not stay stale after it.
  await page.goto(`/pools/${pool.id}/users`);
  await expect(page.getByRole('link', { name: 'imported-0', exact: true })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Pool sections' })
    .getByRole('link', { name: 'Import' })
    .click();
  await expect(page.getByText('No import jobs yet')).toBeVisible();

  await chooseCsv(page, 'users.csv', csvOf([...header].reverse(), rows));
  await expect(page.getByText('users.csv: 400 users, no problems found.')).toBeVisible();
  await page.getByLabel('Job name').fill('spring batch');
  await page.getByLabel('CloudWatch Logs role ARN').fill('arn:aws:iam::123456789012:user/ann');
  await page.getByRole('button', { name: 'Create job and upload file' }).click();
  await expect(page.getByText('Enter the ARN of an IAM role')).toBeVisible();
  expect(operations).not.toContain('CreateUserImportJob');

  await page.getByLabel('CloudWatch Logs role ARN').fill(ROLE_ARN);
  await page.getByRole('button', { name: 'Create job and upload file' }).dblclick();
  const job = page.getByRole('region', { name: '3. Import job spring batch' });
  await expect(job.getByText('users.csv is with Cognito.')).toBeVisible();
  await expect(job.getByLabel('Status: Created')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await job.getByRole('button', { name: 'Start import' }).dblclick();
  await expect(job.getByLabel('Status: Succeeded')).toBeVisible({ timeout: 20_000 });
  await expect(job.getByText('Imported 399, skipped 1, failed 0 of 400 users')).toBeVisible();
  await expect(job.getByRole('progressbar', { name: 'Users processed' })).toHaveAttribute(
    'aria-valuenow',
    '400',
  );
  // The row Cognito skipped is the one it logs, by its line in the file.
  const jobId = new URL(page.url()).searchParams.get('job')!;
  const log = await fetch(
    `${E2E_EMULATOR_URL}/_emulator/user-import-log?pool=${pool.id}&job=${jobId}`,
  );
  expect(((await log.json()) as { lines: string[] }).lines).toEqual([
    '[SKIPPED] Line Number 2 - The user already exists.',
  ]);
  expect(operations.filter((o) => o === 'CreateUserImportJob')).toHaveLength(1);
  expect(operations.filter((o) => o === 'StartUserImportJob')).toHaveLength(1);
  const describes = () => operations.filter((o) => o === 'DescribeUserImportJob').length;
  const pollsWhenDone = describes();

  // The history has the job with its counts and a link to its CloudWatch log.
  const history = page.getByRole('table', { name: 'Import jobs' });
  const historyRow = history.getByRole('row').filter({ hasText: 'spring batch' });
  await expect(historyRow).toContainText('Succeeded');
  await expect(historyRow.getByRole('rowheader')).toHaveText('spring batch');
  await expect(historyRow.getByRole('cell')).toContainText(['Succeeded', '399', '1', '0']);
  await expect(
    historyRow.getByRole('link', { name: 'CloudWatch log of job spring batch' }),
  ).toHaveAttribute(
    'href',
    new RegExp(
      `^https://us-east-1\\.console\\.aws\\.amazon\\.com/cloudwatch/home\\?region=us-east-1#logsV2:log-groups/log-group/\\$252Faws\\$252Fcognito\\$252Fuserpools\\$252F${pool.id}\\$252F${pool.name}/log-events/import-`,
    ),
  );
  await expectNoSeriousA11yViolations(page);
  // Polling ended with the job.
  expect(describes()).toBe(pollsWhenDone);

  // The imported users are in the pool's users list, waiting to reset their password.
  await job.getByRole('link', { name: 'See the users' }).click();
  const users = page.getByRole('table', { name: /users/i });
  await expect(users.getByRole('link', { name: 'imported-1', exact: true })).toBeVisible();
  await expect(users.getByRole('cell', { name: 'RESET_REQUIRED' }).first()).toBeVisible();
});

test('when the browser cannot upload, the curl command shown uploads the file, and the job starts', async ({
  page,
}) => {
  const header = await csvHeaderOf(pool.id);
  const csv = csvOf(header, [user(1), user(2)]);
  await signInFirstTime(page, 'admin');
  await page.goto(`/pools/${pool.id}/import`);
  // As S3 does on AWS: the browser's cross-origin PUT never gets an answer it may read.
  await page.route('**/user-import/**', (route) =>
    route.request().method() === 'PUT' ? route.abort('failed') : route.fallback(),
  );
  await chooseCsv(page, "bob's users.csv", csv);
  await expect(page.getByText("bob's users.csv: 2 users, no problems found.")).toBeVisible();
  await page.getByLabel('CloudWatch Logs role ARN').fill(ROLE_ARN);
  await page.getByLabel('Job name').fill('from a terminal');
  await page.getByRole('button', { name: 'Create job and upload file' }).click();

  const job = page.getByRole('region', { name: '3. Import job from a terminal' });
  await expect(job.getByText('Upload the file from a terminal')).toBeVisible();
  const command = (await job.getByLabel('Upload command', { exact: true }).textContent())!;
  expect(command).toMatch(
    /^curl --upload-file 'bob'\\''s users\.csv' -H 'x-amz-server-side-encryption:aws:kms' 'http:\/\/127\.0\.0\.1:\d+\/user-import\/[^']+'$/,
  );
  await expectNoSeriousA11yViolations(page);

  // Starting before the upload is refused by Cognito, with its reason.
  await job.getByRole('button', { name: 'I uploaded it, start import' }).click();
  await expect(job.getByText(/No CSV file was uploaded/)).toBeVisible();

  const dir = await mkdtemp(join(tmpdir(), 'e2e-import-'));
  await writeFile(join(dir, "bob's users.csv"), csv);
  await promisify(execFile)('sh', ['-c', `${command} --fail --silent --show-error`], { cwd: dir });

  await job.getByRole('button', { name: 'I uploaded it, start import' }).click();
  await expect(job.getByLabel('Status: Succeeded')).toBeVisible({ timeout: 20_000 });
  await expect(job.getByText('Imported 2, skipped 0, failed 0 of 2 users')).toBeVisible();
});

test('a running import stops once confirmed, and the users it imported stay', async ({ page }) => {
  test.slow(); // 6,000 rows checked in the browser and an import left to run before the stop
  const header = await csvHeaderOf(pool.id);
  const rows = Array.from({ length: 6000 }, (_, i) => user(i));
  await signInFirstTime(page, 'admin');
  await page.goto(`/pools/${pool.id}/import`);
  await chooseCsv(page, 'many.csv', csvOf(header, rows));
  await expect(page.getByText('many.csv: 6,000 users, no problems found.')).toBeVisible();
  await page.getByLabel('CloudWatch Logs role ARN').fill(ROLE_ARN);
  await page.getByLabel('Job name').fill('too many');
  await page.getByRole('button', { name: 'Create job and upload file' }).click();
  const job = page.getByRole('region', { name: '3. Import job too many' });
  await job.getByRole('button', { name: 'Start import' }).click();
  await expect(job.getByLabel('Status: In progress')).toBeVisible({ timeout: 10_000 });

  // The confirmation names the job and can be cancelled.
  await job.getByRole('button', { name: 'Stop import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop import job too many?' });
  await expect(dialog).toContainText('The users it has imported stay in the pool');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(job.getByLabel('Status: In progress')).toBeVisible();

  await job.getByRole('button', { name: 'Stop import' }).click();
  await dialog.getByRole('button', { name: 'Stop import' }).click();
  await expect(job.getByLabel('Status: Stopped')).toBeVisible();
  await expect(job.getByText('The Import Job was stopped by the developer.')).toBeVisible();
  const progress = job.getByRole('progressbar', { name: 'Users processed' });
  const imported = Number(await progress.getAttribute('aria-valuenow'));
  expect(imported).toBeGreaterThan(0);
  expect(imported).toBeLessThan(6000);
  const { Users = [] } = await emulatorAdminClient().send(
    new ListUsersCommand({ UserPoolId: pool.id, Limit: 1 }),
  );
  expect(Users[0]?.UserStatus).toBe('RESET_REQUIRED');
  await expect(
    page
      .getByRole('table', { name: 'Import jobs' })
      .getByRole('row')
      .filter({ hasText: 'too many' }),
  ).toContainText('Stopped');
});

test('support has no Import tab, and the page refuses it without asking Cognito', async ({
  page,
}) => {
  const operations = recordCognitoOperations(page);
  await signInFirstTime(page, 'support');
  await page.goto(`/pools/${pool.id}/users`);
  const sections = page.getByRole('navigation', { name: 'Pool sections' });
  await expect(sections.getByRole('link', { name: 'Users' })).toBeVisible();
  await expect(sections.getByRole('link', { name: 'Import' })).toHaveCount(0);
  await page.goto(`/pools/${pool.id}/import`);
  await expect(page.getByRole('alert')).toContainText('It needs the Administrator role.');
  expect(operations).not.toContain('GetCSVHeader');
  expect(operations).not.toContain('ListUserImportJobs');
});
