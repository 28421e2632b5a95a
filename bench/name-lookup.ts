import type { Browser, Page } from '@playwright/test';
import { startEmulator } from '../emulator/src/server.ts';
import { startConsoleServer } from '../e2e/support/console-server.ts';
import { launchChromium, signInFirstTime } from './chromium.ts';

const CUSTOMER_POOL = 'us-east-1_AcmeCust1';
/**
 * One search of each form first: the emulator builds each attribute's sorted index on its first
 * filter, a cost Cognito does not have.
 */
const WARM_UPS = 4;

export interface NameLookupFigures {
  users: number;
  /** Enter in the search box to the first matching row shown, one per query. */
  samplesMs: number[];
  queries: string[];
}

/**
 * The ways support staff type a name: a first name, a surname, both, and both in lower case with
 * the surname cut short. Each text once, so no answer comes from the console's cache.
 */
function queriesFor(names: readonly { given: string; family: string }[], count: number): string[] {
  const texts = new Set<string>();
  for (const { given, family } of names) {
    texts.add(`${given} ${family}`);
    texts.add(`${given.toLowerCase()} ${family.slice(0, 3).toLowerCase()}`);
    texts.add(family);
    texts.add(given.toLowerCase());
    if (texts.size >= count) break;
  }
  return [...texts].slice(0, count);
}

async function enterToRow(page: Page, text: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search users' });
  await box.fill(text);
  const started = performance.now();
  await box.press('Enter');
  // The results' region is named after the text, so an earlier search's rows never count.
  await page
    .getByRole('region', { name: `Users matching ${text}` })
    .getByRole('row')
    .nth(1)
    .waitFor();
  return performance.now() - started;
}

/**
 * The search box's name lookup in Chromium against a 100,000-user pool with Cognito's quotas on:
 * each search runs up to ten ListUsers prefix filters side by side. Searches are a second apart, as
 * a person types them.
 */
export async function nameLookupFigures(
  dist: string,
  users = 100_000,
  samples = 24,
): Promise<NameLookupFigures> {
  const emulator = await startEmulator({ port: 0, config: { seedCustomerUsers: users } });
  const app = await startConsoleServer({ dist, emulatorUrl: emulator.url });
  let browser: Browser | undefined;
  try {
    const customers = [...emulator.store.state.userPools.get(CUSTOMER_POOL)!.users.values()];
    const names = customers
      .filter((u, i) => i % 997 === 0 && u.Username.includes('.'))
      .map((u) => ({
        given: u.Attributes.find((a) => a.Name === 'given_name')?.Value ?? '',
        family: u.Attributes.find((a) => a.Name === 'family_name')?.Value ?? '',
      }))
      .filter((n) => n.given && n.family);
    const queries = queriesFor(names, samples + WARM_UPS);

    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${app.url}/sign-in`);
    await signInFirstTime(page);
    await page.goto(`${app.url}/pools/${CUSTOMER_POOL}/users`);
    await page.getByRole('searchbox', { name: 'Search users' }).waitFor();
    const samplesMs: number[] = [];
    for (const text of queries) {
      samplesMs.push(await enterToRow(page, text));
      await page.waitForTimeout(1000);
    }
    return { users, samplesMs: samplesMs.slice(WARM_UPS), queries: queries.slice(WARM_UPS) };
  } finally {
    await browser?.close();
    await app.close();
    await emulator.close();
  }
}
