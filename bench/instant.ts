import type { Browser, Locator, Page } from '@playwright/test';
import { DEMO } from '../emulator/src/config.ts';
import { startEmulator } from '../emulator/src/server.ts';
import { QUOTAS_OFF } from '../emulator/src/traffic/quotas.ts';
import { startConsoleServer } from '../e2e/support/console-server.ts';
import { BENCH_ADMIN_PASSWORD, launchChromium, signInFirstTime } from './chromium.ts';

const CUSTOMER_POOL = 'us-east-1_AcmeCust1';
const TABS = ['Users', 'Groups', 'App clients'] as const;
type Tab = (typeof TABS)[number];

/** Something on the page, found by CSS selector and, when given, by its text. */
interface Shows {
  selector: string;
  text?: string;
  exact?: boolean;
}
/** A named moment: the first frame in which every `shows` is on the page. */
interface Moment {
  name: string;
  shows: Shows[];
}

/** What each tab shows once its data is there: its heading and a row of the acme pool's data. */
const tabShown: Record<Tab, Shows[]> = {
  Users: [{ selector: 'h1', text: 'Users', exact: true }, { selector: 'table th[scope=row] a' }],
  Groups: [
    { selector: 'h1', text: 'Groups', exact: true },
    { selector: 'table', text: 'premium' },
  ],
  'App clients': [
    { selector: 'h1', text: 'App clients', exact: true },
    { selector: 'table', text: 'acme-web' },
  ],
};

/**
 * Runs in the page: records the next click's time and, per moment, the first animation frame after
 * the DOM shows it, in `window.__instant`. Plain JS, so the bench's transpiler adds nothing to it.
 */
const watchInPage = `(moments) => {
  const seen = {};
  const watch = { clickAt: undefined, seen };
  window.__instant = watch;
  const shown = ({ selector, text, exact }) =>
    Array.from(document.querySelectorAll(selector)).some((el) => {
      const content = (el.textContent || '').trim();
      return text === undefined || (exact ? content === text : content.includes(text));
    });
  const pending = new Set();
  const observer = new MutationObserver(() => check());
  function check() {
    if (watch.clickAt === undefined) return;
    for (const { name, shows } of moments) {
      if (pending.has(name) || !shows.every(shown)) continue;
      pending.add(name);
      requestAnimationFrame(() => (seen[name] = performance.now()));
    }
    if (pending.size === moments.length) observer.disconnect();
  }
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener('click', (event) => {
    watch.clickAt = event.timeStamp;
    check();
  }, { capture: true, once: true });
}`;

export interface InstantFigures {
  sessions: number;
  /** Sign-in button clicked to the pools list shown. */
  signInMs: number[];
  /** Tab clicked to its data shown: the tab's first visit in the session, then visits with its data cached. */
  tabMs: Map<Tab, { firstMs: number[]; cachedMs: number[] }>;
  /** Search result clicked to the user page's heading (the row's data), then to its actions (the full record). */
  userPage: Map<'first' | 'again', { headingMs: number[]; actionsMs: number[] }>;
}

/**
 * Clicks `target` and returns, per moment, the time from the click event to the first animation
 * frame showing it, both read from `performance.now()` in the page: the figures carry none of
 * Playwright's round trips.
 */
async function clickUntil(
  page: Page,
  target: Locator,
  moments: Moment[],
): Promise<Map<string, number>> {
  await target.waitFor();
  await page.evaluate(`(${watchInPage})(${JSON.stringify(moments)})`);
  await target.click();
  const names = moments.map((m) => m.name);
  await page.waitForFunction(
    (names: string[]) => {
      const { seen } = (window as unknown as { __instant: { seen: Record<string, number> } })
        .__instant;
      return names.every((name) => seen[name] !== undefined);
    },
    names,
    { timeout: 60_000 },
  );
  const watch = await page.evaluate(
    () =>
      (window as unknown as { __instant: { clickAt: number; seen: Record<string, number> } })
        .__instant,
  );
  return new Map(names.map((name) => [name, watch.seen[name]! - watch.clickAt]));
}

async function signIn(page: Page): Promise<number> {
  await page.getByLabel('Email').fill(DEMO.adminEmail);
  await page.getByLabel('Password', { exact: true }).fill(BENCH_ADMIN_PASSWORD);
  const shown = await clickUntil(page, page.getByRole('button', { name: 'Sign in' }), [
    {
      name: 'pools',
      shows: [
        { selector: 'h1', text: 'User pools', exact: true },
        { selector: 'table', text: 'acme-customers' },
      ],
    },
  ]);
  return shown.get('pools')!;
}

async function openTab(page: Page, tab: Tab): Promise<number> {
  const link = page
    .getByRole('navigation', { name: 'Pool sections' })
    .getByRole('link', { name: tab, exact: true });
  return (await clickUntil(page, link, [{ name: tab, shows: tabShown[tab] }])).get(tab)!;
}

/** From the Users tab: searches `email`, then opens the user from the result's row. */
async function openFromSearch(page: Page, email: string) {
  const box = page.getByRole('searchbox', { name: 'Search users' });
  await box.fill(email);
  await box.press('Enter');
  const row = page.getByRole('row').filter({ hasText: email });
  const link = row.getByRole('link').first();
  await link.waitFor();
  const name = (await link.textContent())?.trim() ?? '';
  const shown = await clickUntil(page, link, [
    { name: 'heading', shows: [{ selector: 'h1', text: name, exact: true }] },
    {
      name: 'actions',
      shows: [
        { selector: 'h1', text: name, exact: true },
        { selector: 'button', text: 'Delete user', exact: true },
      ],
    },
  ]);
  return { headingMs: shown.get('heading')!, actionsMs: shown.get('actions')! };
}

/**
 * The console's moves that should feel instant, in Chromium on the production build against an
 * in-memory emulator (quotas off, 3,000 customers). Each session is a fresh browser context, as a
 * new visit: sign in, open the customer pool, go Users -> Groups -> App clients (first visits),
 * round again twice (cached), then open two users from search results (the user page's first
 * visit, then again).
 */
export async function instantFigures(dist: string, sessions = 25): Promise<InstantFigures> {
  const emulator = await startEmulator({
    port: 0,
    config: { seedCustomerUsers: 3000, quotas: QUOTAS_OFF },
  });
  const app = await startConsoleServer({ dist, emulatorUrl: emulator.url });
  let browser: Browser | undefined;
  const figures: InstantFigures = {
    sessions,
    signInMs: [],
    tabMs: new Map(TABS.map((tab) => [tab, { firstMs: [], cachedMs: [] }])),
    userPage: new Map([
      ['first', { headingMs: [], actionsMs: [] }],
      ['again', { headingMs: [], actionsMs: [] }],
    ]),
  };
  try {
    const customers = [...emulator.store.state.userPools.get(CUSTOMER_POOL)!.users.values()];
    const emails = customers
      .filter((_, i) => i % 53 === 0)
      .map((u) => u.Attributes.find((a) => a.Name === 'email')?.Value)
      .filter((email): email is string => Boolean(email));

    browser = await launchChromium();
    const first = await browser.newContext();
    const firstPage = await first.newPage();
    await firstPage.goto(`${app.url}/sign-in`);
    await signInFirstTime(firstPage);
    await first.close();

    for (let session = 0; session < sessions; session++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${app.url}/sign-in`);
      figures.signInMs.push(await signIn(page));

      await page.getByRole('link', { name: 'acme-customers', exact: true }).click();
      await page.getByRole('navigation', { name: 'Pool sections' }).waitFor();
      for (const [round, tabs] of [TABS, TABS, TABS].entries()) {
        for (const tab of tabs) {
          const ms = await openTab(page, tab);
          const times = figures.tabMs.get(tab)!;
          (round === 0 ? times.firstMs : times.cachedMs).push(ms);
        }
      }
      await openTab(page, 'Users');
      for (const visit of ['first', 'again'] as const) {
        const { headingMs, actionsMs } = await openFromSearch(
          page,
          emails[(2 * session + (visit === 'first' ? 0 : 1)) % emails.length]!,
        );
        figures.userPage.get(visit)!.headingMs.push(headingMs);
        figures.userPage.get(visit)!.actionsMs.push(actionsMs);
        await openTab(page, 'Users');
      }
      await context.close();
    }
    return figures;
  } finally {
    await browser?.close();
    await app.close();
    await emulator.close();
  }
}
