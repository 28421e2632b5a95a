import { expect, test } from '@playwright/test';
import { SEEDED } from '../emulator/src/seed/seeded.ts';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { resetEmulator } from './support/emulator.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import {
  createPoolLikeCustomers,
  customerCsvHeader,
  customerGroupsByUser,
  deletePool,
  importFile,
  usersOf,
  customerPoolSize,
  openExport,
  readDownload,
  rowByColumn,
  startDownloadExport,
} from './support/user-export-page.ts';
import {
  createCustomer,
  customerPoolId,
  getCustomer,
  openCustomerUsers,
  quickSearch,
} from './support/users-search-page.ts';

const demo = SEEDED.customerPool.demoCustomer;

test.beforeEach(async () => {
  await resetEmulator();
});

// The file is downloaded when finished: a test cannot answer the native save dialog that the
// "Choose a file" way (File System Access API) opens.
test('an admin exports the whole pool as a report and as a file to re-import, escaped', async ({
  page,
}) => {
  const probe = `export-probe-${Date.now()}`;
  const trickyName = '=HYPERLINK("http://evil.example","Smith, Jr.")';
  await createCustomer(probe, {
    email: `${probe}@example.com`,
    email_verified: 'true',
    name: trickyName,
    phone_number: '+4915123456789',
    'custom:plan': 'growth,annual',
  });
  const csvHeader = await customerCsvHeader();
  const poolSize = await customerPoolSize();

  await signInFirstTime(page, 'admin');
  await openCustomerUsers(page);
  await openExport(page);
  await expect(page.getByText(`Exports every user of the pool`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A report for a spreadsheet: RFC 4180 quoting, the formula guard, four more columns.
  await page.getByRole('radio', { name: /^Report/ }).check();
  let downloading = page.waitForEvent('download');
  await startDownloadExport(page);
  const report = await readDownload(await downloading);
  await expect(page.getByRole('status').filter({ hasText: 'Export finished' })).toContainText(
    `${poolSize} users`,
  );
  await expect(page.getByText('1 value starts with')).toBeVisible();
  expect(report.header).toEqual([...csvHeader, 'status', 'enabled', 'created', 'modified']);
  expect(report.rows).toHaveLength(poolSize);
  const reportRows = report.rows.map((row) => rowByColumn(report.header, row.values));
  expect(new Set(reportRows.map((row) => row.get('cognito:username'))).size).toBe(poolSize);
  const demoRow = reportRows.find((row) => row.get('cognito:username') === demo.username)!;
  const demoAttributes = await getCustomer(demo.username);
  for (const column of csvHeader.filter((c) => !c.startsWith('cognito:')))
    expect(demoRow.get(column), column).toBe(demoAttributes[column] ?? '');
  expect(demoRow.get('cognito:mfa_enabled')).toBe('false');
  expect(demoRow.get('status')).toBe('CONFIRMED');
  expect(demoRow.get('enabled')).toBe('true');
  expect(demoRow.get('created')).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(report.text).toContain(`"'=HYPERLINK(""http://evil.example"",""Smith, Jr."")"`);
  expect(report.text).toContain(',"growth,annual",');
  const probeRow = reportRows.find((row) => row.get('cognito:username') === probe)!;
  expect(probeRow.get('name')).toBe(`'${trickyName}`);
  expect(probeRow.get('phone_number')).toBe('+4915123456789');

  // For re-import: exactly GetCSVHeader's columns, a comma as \, and, with the guard off, every
  // value as Cognito holds it.
  await page.getByRole('button', { name: 'Export again' }).click();
  await page.getByRole('radio', { name: /^For re-import/ }).check();
  await page.getByRole('checkbox', { name: 'Guard against spreadsheet formulas' }).uncheck();
  downloading = page.waitForEvent('download');
  await startDownloadExport(page);
  const reimport = await readDownload(await downloading);
  expect(reimport.name).toMatch(new RegExp(`^${SEEDED.customerPool.id}-users-.*\\d\\.csv$`));
  expect(reimport.header).toEqual(csvHeader);
  expect(reimport.rows).toHaveLength(poolSize);
  expect(reimport.text).toContain(',growth\\,annual,');
  const probeImportRow = reimport.rows
    .map((row) => rowByColumn(reimport.header, row.values))
    .find((row) => row.get('cognito:username') === probe)!;
  expect(probeImportRow.get('name')).toBe(trickyName);
  expect(probeImportRow.get('custom:plan')).toBe('growth,annual');
});

test("a report can end with each user's groups; a file for re-import cannot", async ({ page }) => {
  const groupsByUser = await customerGroupsByUser();
  // A seeded customer in several groups, to see them sorted and joined.
  const [member, memberGroups] = [...groupsByUser].find(([, groups]) => groups.length > 1)!;
  const csvHeader = await customerCsvHeader();
  const poolSize = await customerPoolSize();
  await signInFirstTime(page, 'admin');
  await openCustomerUsers(page);
  await openExport(page);

  const includeGroups = page.getByRole('checkbox', { name: "Include each user's groups" });
  await expect(includeGroups).toHaveCount(0);
  await page.getByRole('radio', { name: /^Report/ }).check();
  await includeGroups.check();
  await expectNoSeriousA11yViolations(page);
  // Back to the import kind: Cognito's import takes GetCSVHeader's columns only.
  await page.getByRole('radio', { name: /^For re-import/ }).check();
  await expect(includeGroups).toHaveCount(0);
  await page.getByRole('radio', { name: /^Report/ }).check();
  await expect(includeGroups).toBeChecked();

  const downloading = page.waitForEvent('download');
  await startDownloadExport(page);
  const report = await readDownload(await downloading);
  await expect(page.getByRole('status').filter({ hasText: 'Export finished' })).toContainText(
    `${poolSize} users`,
  );
  expect(report.header).toEqual([
    ...csvHeader,
    'status',
    'enabled',
    'created',
    'modified',
    'groups',
  ]);
  const rows = report.rows.map((row) => rowByColumn(report.header, row.values));
  expect(rows).toHaveLength(poolSize);
  const groupsOf = new Map(rows.map((row) => [row.get('cognito:username'), row.get('groups')]));
  expect(groupsOf.get(member)).toBe(memberGroups.join(';'));
  for (const [username, groups] of groupsOf)
    expect(groups, username).toBe((groupsByUser.get(username!) ?? []).join(';'));
});

test('a cancelled export leaves a file with the header and complete rows only', async ({
  page,
}) => {
  const csvHeader = await customerCsvHeader();
  const poolSize = await customerPoolSize();
  await signInFirstTime(page, 'admin');
  await openCustomerUsers(page);
  await openExport(page);

  // One ListUsers call a second: a real setting, and slow enough to cancel halfway.
  await page.getByLabel('Speed').selectOption('1');
  await startDownloadExport(page);
  const progress = page.getByTestId('export-progress');
  await expect(progress).toContainText('3 pages', { timeout: 15_000 });
  await expect(page.getByRole('progressbar', { name: 'Users scanned' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Cancel export' }).click();
  const partial = await readDownload(await downloading);

  const summary = page.getByRole('status').filter({ hasText: 'Export cancelled' });
  await expect(summary).toBeVisible();
  expect(partial.name).toMatch(/-partial\.csv$/);
  expect(partial.header).toEqual(csvHeader);
  expect(partial.rows.length).toBeGreaterThan(0);
  expect(partial.rows.length).toBeLessThan(poolSize);
  await expect(summary).toContainText(`the ${partial.rows.length} users written`);
  for (const row of partial.rows) expect(row.values).toHaveLength(csvHeader.length);
  expect(partial.text.endsWith('\r\n')).toBe(true);
});

test('the export of a search exports what the search shows, or the whole pool on request', async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  await openCustomerUsers(page);
  await quickSearch(page, demo.email);
  await openExport(page);
  const shown = page.getByRole('radio', { name: `The users where Email is ${demo.email}` });
  await expect(shown).toBeChecked();
  let downloading = page.waitForEvent('download');
  await startDownloadExport(page);
  const one = await readDownload(await downloading);
  expect(one.rows.map((r) => rowByColumn(one.header, r.values).get('cognito:username'))).toEqual([
    demo.username,
  ]);

  await page.getByRole('button', { name: 'Export again' }).click();
  await page.getByRole('radio', { name: /^Every user of the pool/ }).check();
  await expect(page.getByText('Exports every user of the pool')).toBeVisible();
  downloading = page.waitForEvent('download');
  await startDownloadExport(page);
  expect((await readDownload(await downloading)).rows).toHaveLength(await customerPoolSize());
  await page.getByRole('button', { name: 'Back to users' }).click();
  await expect(page).toHaveURL(/\/users\?q=/);
});

test('a full export for re-import goes into a new pool through CreateUserImportJob as the same users', async ({
  page,
}) => {
  await signInFirstTime(page, 'admin');
  await openCustomerUsers(page);
  await openExport(page);
  await page.getByRole('checkbox', { name: 'Guard against spreadsheet formulas' }).uncheck();
  const downloading = page.waitForEvent('download');
  await startDownloadExport(page);
  const file = await readDownload(await downloading);

  const poolId = await createPoolLikeCustomers(`reimport-${Date.now()}`);
  try {
    const job = await importFile(poolId, file.text);
    const source = await usersOf(customerPoolId);
    const imported = await usersOf(poolId);
    // The pool verifies email automatically, and AWS imports only users whose auto-verified
    // attribute is verified; every other row fails with that reason.
    const verified = [...source].filter(([, a]) => a.email_verified === 'true');
    expect(job.Status).toBe('Succeeded');
    expect(job.ImportedUsers).toBe(verified.length);
    expect(job.FailedUsers).toBe(source.size - verified.length);
    expect(imported.size).toBe(verified.length);
    // Linked sign-in identities are no GetCSVHeader column: an import cannot carry them.
    for (const [username, { identities: _linked, ...attributes }] of verified)
      expect(imported.get(username), username).toEqual(attributes);
  } finally {
    await deletePool(poolId);
  }
});

test('support, who may not read the import template, is offered no export', async ({ page }) => {
  await signInFirstTime(page, 'support');
  await openCustomerUsers(page);
  await expect(page.getByRole('searchbox', { name: 'Search users' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveCount(0);
});
