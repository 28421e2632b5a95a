import { expect, test } from '@playwright/test';
import { resetEmulator } from './support/emulator.ts';
import { E2E_EMULATOR_URL } from './support/ports.ts';
import { signInFirstTime } from './support/sign-in-page.ts';
import { ACME_POOL, openUser } from './support/user-page.ts';
import { openCustomerUsers, usersTable } from './support/users-search-page.ts';

test.beforeEach(async () => {
  await resetEmulator();
});

test('the console is served with a strict CSP and works under it without errors', async ({
  page,
}) => {
  test.slow(); // a full sign-in and three pages on a shared machine
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain(`connect-src 'self' ${E2E_EMULATOR_URL}`);
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');

  await signInFirstTime(page, 'admin');
  await openCustomerUsers(page);
  await expect(usersTable(page).getByRole('row').nth(1)).toBeVisible();
  // A dialog (Radix inserts its scroll-lock style) opens and closes under the policy too.
  await openUser(page, ACME_POOL, 'demo.customer');
  await page.getByRole('button', { name: 'Disable user', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(errors).toEqual([]);
});

test('another site cannot frame the console', async ({ page, baseURL }) => {
  await page.goto('about:blank');
  await page.setContent(`<iframe title="framed" src="${baseURL}/"></iframe>`);
  // Chromium replaces a frame refused by frame-ancestors with its error page.
  await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
});
