import { expect, type Page } from '@playwright/test';

export const ACME_POOL = 'us-east-1_AcmeCust1';

/** The user page's URL, built like the app's toUser link builder. */
export const userUrl = (poolId: string, username: string) =>
  `/pools/${encodeURIComponent(poolId)}/users/${encodeURIComponent(username)}`;

export async function openUser(page: Page, poolId: string, username: string) {
  await page.goto(userUrl(poolId, username));
  await expect(page.getByRole('heading', { level: 1, name: username })).toBeVisible();
}

/** Opens a confirmation, checks it can be cancelled, then opens it again and confirms. */
export async function confirmAction(
  page: Page,
  button: string,
  confirm: string,
  expectText?: string | RegExp,
) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (expectText) await expect(dialog).toContainText(expectText);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: confirm, exact: true }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}
