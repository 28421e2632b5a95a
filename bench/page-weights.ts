import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { startConsoleServer } from '../e2e/support/console-server.ts';
import { startEmulator } from '../emulator/src/server.ts';
import { QUOTAS_OFF } from '../emulator/src/traffic/quotas.ts';
import { launchChromium, signInFirstTime } from './chromium.ts';

export type WeighedPage = 'sign-in' | 'pools';

export interface PageWeight {
  page: WeighedPage;
  label: string;
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
}

/** The most JS (gzip -9) each page may load; `npm test` fails above it. */
export const GZIP_BUDGET_BYTES: Record<WeighedPage, number> = {
  'sign-in': 110 * 1024,
  pools: 200 * 1024,
};

/** Sums every script the page fetched so far (raw and gzip -9 sizes), each URL once. */
function scriptCollector(page: Page) {
  const bodies = new Map<string, Promise<Buffer | undefined>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    // Navigation can race the body; the next load fetches it again.
    bodies.set(
      response.url(),
      response.body().catch(() => undefined),
    );
  });
  return async (id: WeighedPage, label: string): Promise<PageWeight> => {
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const body of await Promise.all(bodies.values())) {
      if (!body) continue;
      rawBytes += body.length;
      gzipBytes += gzipSync(body, { level: 9 }).length;
    }
    return { page: id, label, scripts: bodies.size, rawBytes, gzipBytes };
  };
}

/**
 * Opens the sign-in page signed out, then signs the seeded admin in and waits for the pools list:
 * the JS each has loaded by then, in the order shown (the pools figure includes the sign-in's).
 * Leaves the page signed in on the pools list.
 */
export async function weighPages(page: Page, appUrl: string): Promise<PageWeight[]> {
  const weigh = scriptCollector(page);
  await page.goto(`${appUrl}/sign-in`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  const signIn = await weigh('sign-in', 'sign-in page');

  await signInFirstTime(page);
  await page.waitForLoadState('networkidle');
  const pools = await weigh('pools', 'pools page (after sign-in, cumulative)');
  return [signIn, pools];
}

/** The production build in `dist`, served against an in-memory emulator and weighed in Chromium. */
export async function measurePageWeights(dist: string): Promise<PageWeight[]> {
  const emulator = await startEmulator({
    port: 0,
    config: { seedCustomerUsers: 0, quotas: QUOTAS_OFF },
  });
  const app = await startConsoleServer({ dist, emulatorUrl: emulator.url });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await app.close();
    await emulator.close();
    throw error;
  });
  try {
    return await weighPages(await browser.newPage(), app.url);
  } finally {
    await browser.close();
    await app.close();
    await emulator.close();
  }
}
