import type { Browser, Page } from '@playwright/test';
import { startEmulator } from '../emulator/src/server.ts';
import { startConsoleServer } from '../e2e/support/console-server.ts';
import { QUOTAS_OFF } from '../emulator/src/traffic/quotas.ts';
import { launchChromium } from './chromium.ts';
import { weighPages, type PageWeight } from './page-weights.ts';

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
    const weights = await weighPages(page, app.url);

    const customers = [...emulator.store.state.userPools.get(CUSTOMER_POOL)!.users.values()];
    const emails = customers
      .filter((_, i) => i % Math.floor(customers.length / samples) === 0)
      .map((u) => u.Attributes.find((a) => a.Name === 'email')?.Value)
      .filter((email): email is string => Boolean(email))
      .slice(0, samples + 2);
    await page.goto(`${app.url}/pools/${CUSTOMER_POOL}/users`);
    await page.getByRole('searchbox', { name: 'Search users' }).waitFor();
    const searchToRowMs = (await searchToRow(page, emails)).slice(2); // two warm-ups
    return { weights, searchToRowMs };
  } finally {
    await browser?.close();
    await app.close();
    await emulator.close();
  }
}
