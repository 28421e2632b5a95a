import type { Browser } from '@playwright/test';
import { SEEDED } from '../emulator/src/seed/seeded.ts';
import { startEmulator } from '../emulator/src/server.ts';
import { QUOTAS_ON } from '../emulator/src/traffic/quotas.ts';
import { generateUsers } from '../emulator/src/user-admin/bulk-users.ts';
import { startConsoleServer } from '../e2e/support/console-server.ts';
import { launchChromium, signInFirstTime } from './chromium.ts';

export interface BulkFigure {
  users: number;
  seconds: number;
  usersPerSecond: number;
  /** Cognito's UserUpdate quota: AdminDisableUser calls per second per account. */
  quotaCeiling: number;
  /** Users the result table shows as failed. */
  failed: number;
  /** AdminDisableUser calls the emulator throttled (waited out and retried by the console). */
  throttled: number;
  /** AdminDisableUser calls answered 200. */
  answered: number;
}

const POOL = SEEDED.customerPool.id;
const PREFIX = 'bulkbench';

/**
 * A bulk disable of `users` users driven in Chromium through the Users page (select all that
 * match, Disable, confirm) against an emulator with Cognito's quotas on, timed from the confirm to
 * the run's "Finished.", as users/s against the UserUpdate quota of 25 per second.
 */
export async function bulkDisableThroughput(dist: string, users = 1000): Promise<BulkFigure> {
  const emulator = await startEmulator({
    port: 0,
    config: { seedCustomerUsers: 0, quotas: QUOTAS_ON },
  });
  generateUsers(emulator.store.state.userPools.get(POOL)!, users, { prefix: PREFIX });
  const app = await startConsoleServer({ dist, emulatorUrl: emulator.url });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${app.url}/sign-in`);
    await signInFirstTime(page);
    await page.goto(`${app.url}/pools/${POOL}/users?q=${PREFIX}-`);
    const toolbar = page.getByRole('region', { name: 'Bulk actions' });
    await toolbar.getByRole('button', { name: 'Select all users that match this search' }).click();
    await toolbar
      .getByText(new RegExp(`^All ${new Intl.NumberFormat('en-US').format(users)} users`))
      .waitFor({ timeout: 120_000 });

    let throttled = 0;
    let answered = 0;
    page.on('response', (response) => {
      const target = response.request().headers()['x-amz-target'];
      if (target !== 'AWSCognitoIdentityProviderService.AdminDisableUser') return;
      if (response.status() === 200) answered++;
      else if (response.status() === 400) throttled++;
    });
    await page
      .getByRole('group', { name: 'Act on the selected users' })
      .getByRole('button', { name: 'Disable' })
      .click();
    const started = performance.now();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Disable \d/ })
      .click();
    const finished = page.getByText(/^(Finished|Stopped)\. /);
    await finished.waitFor({ timeout: 600_000 });
    const seconds = (performance.now() - started) / 1000;
    const text = (await finished.textContent()) ?? '';
    const failed = Number(/([\d,]+) failed/.exec(text)?.[1]?.replaceAll(',', '') ?? NaN);
    return {
      users,
      seconds,
      usersPerSecond: users / seconds,
      quotaCeiling: 25,
      failed,
      throttled,
      answered,
    };
  } finally {
    await browser?.close();
    await app.close();
    await emulator.close();
  }
}
