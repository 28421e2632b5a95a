import { readFile } from 'node:fs/promises';
import {
  DescribeUserPoolCommand,
  GetCSVHeaderCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect, type Download, type Page } from '@playwright/test';
import { parseCsv } from '../../emulator/src/user-import/csv.ts';
import { adminClient, customerPoolId } from './users-search-page.ts';

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
