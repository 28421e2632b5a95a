import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { DEMO } from '../emulator/src/config.ts';
import { startEmulator } from '../emulator/src/server.ts';
import { startConsoleServer } from '../e2e/support/console-server.ts';
import { QUOTAS_OFF } from '../emulator/src/traffic/quotas.ts';

export interface PageWeight {
  page: string;
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
}

/** Sums every script the page actually fetched since `since` (raw and gzip -9 sizes). */
function scriptCollector(page: Page) {
  const bodies = new Map<string, Buffer>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      bodies.set(response.url(), await response.body());
    } catch {
      // navigation raced the body; the next load fetches it again
    }
  });
  return (label: string): PageWeight => {
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const body of bodies.values()) {
      rawBytes += body.length;
      gzipBytes += gzipSync(body, { level: 9 }).length;
    }
    return { page: label, scripts: bodies.size, rawBytes, gzipBytes };
  };
}

/** Signs the seeded admin in on the sign-in page shown, setting the password its first sign-in asks for. */
export async function signInFirstTime(page: Page) {
  await page.getByLabel('Email').fill(DEMO.adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(DEMO.adminTemporaryPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('New password', { exact: true }).fill('Bench-Admin-Password-1!');
  await page.getByLabel('Confirm new password').fill('Bench-Admin-Password-1!');
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.getByRole('cell', { name: 'acme-customers' }).waitFor();
}

/** Chromium as the benches drive it. */
export const launchChromium = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

export interface BrowserFigures {
  weights: PageWeight[];
  /** Enter pressed in the users search box to the matching row shown, one per sample. */
  searchToRowMs: number[];
}

const CUSTOMER_POOL = 'us-east-1_AcmeCust1';

/** Searches `emails` one by one in the users page; each sample is Enter -> row visible. */
async function searchToRow(page: Page, emails: string[]): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: 'Search users' });
  const times: number[] = [];
  for (const email of emails) {
    await box.fill(email);
    const started = performance.now();
    await box.press('Enter');
    await page.getByRole('cell', { name: email, exact: true }).waitFor();
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * Drives the production build in Chromium against an in-memory emulator: JS loaded by the sign-in
 * page and by the pools page, and the time from Enter in the users search box to the row shown.
 */
export async function browserFigures(dist: string, samples = 20): Promise<BrowserFigures> {
  const emulator = await startEmulator({
    port: 0,
    config: { seedCustomerUsers: 3000, quotas: QUOTAS_OFF },
  });
  const app = await startConsoleServer({ dist, emulatorUrl: emulator.url });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    const weigh = scriptCollector(page);
    await page.goto(`${app.url}/sign-in`, { waitUntil: 'networkidle' });
    const signIn = weigh('sign-in page');

    await signInFirstTime(page);
    await page.waitForLoadState('networkidle');
    const pools = weigh('pools page (after sign-in, cumulative)');

    const customers = [...emulator.store.state.userPools.get(CUSTOMER_POOL)!.users.values()];
    const emails = customers
      .filter((_, i) => i % Math.floor(customers.length / samples) === 0)
      .map((u) => u.Attributes.find((a) => a.Name === 'email')?.Value)
      .filter((email): email is string => Boolean(email))
      .slice(0, samples + 2);
    await page.goto(`${app.url}/pools/${CUSTOMER_POOL}/users`);
    await page.getByRole('searchbox', { name: 'Search users' }).waitFor();
    const searchToRowMs = (await searchToRow(page, emails)).slice(2); // two warm-ups
    return { weights: [signIn, pools], searchToRowMs };
  } finally {
    await browser?.close();
    await app.close();
    await emulator.close();
  }
}
