import { expect, type Page } from '@playwright/test';

/** From the pools list: open a pool and one of its tabs. */
export async function openPoolTab(page: Page, poolName: string, tab: string) {
  await page.getByRole('link', { name: poolName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: poolName })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Pool sections' })
    .getByRole('link', { name: tab })
    .click();
}

/** The X-Amz-Target operation names the page sends, to prove bad input sends nothing. */
export function recordAwsOperations(page: Page): string[] {
  const operations: string[] = [];
  page.on('request', (request) => {
    const target = request.headers()['x-amz-target'];
    if (target) operations.push(target.split('.').pop() ?? target);
  });
  return operations;
}
