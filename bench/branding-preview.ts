import type { Browser, ElementHandle, Frame, Page } from '@playwright/test';
import { SEEDED } from '../emulator/src/seed/seeded.ts';
import { startEmulator } from '../emulator/src/server.ts';
import { QUOTAS_OFF } from '../emulator/src/traffic/quotas.ts';
import { startConsoleServer } from '../e2e/support/console-server.ts';
import { launchChromium, signInFirstTime } from './chromium.ts';

export type BrandingPreviewLatency =
  | { skipped: string }
  | { samples: number[]; previews: number; medianMs: number; p95Ms: number; maxMs: number };

const POOL = SEEDED.customerPool.id;
/** One selector and one property the hosted page shows, so a keystroke has one place to land. */
const SELECTOR = '.banner-customizable';
const cssWith = (digit: number) => `${SELECTOR} { background-color: #1020a${digit}; }`;
const colourOf = (digit: number) => `rgb(16, 32, ${160 + digit})`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** The banner colour a preview frame shows, or null between two documents. */
async function bannerColour(frame: Frame): Promise<string | null> {
  return frame
    .evaluate((selector) => {
      const banner = document.querySelector(selector);
      return banner ? getComputedStyle(banner).backgroundColor : null;
    }, SELECTOR)
    .catch(() => null); // the frame is swapping documents
}

async function previewFrames(page: Page): Promise<Frame[]> {
  const frames = await Promise.all(
    (await page.getByTitle(/preview/i).elementHandles()).map((handle) => handle.contentFrame()),
  );
  return frames.filter((frame): frame is Frame => frame !== null);
}

/** Polls (untimed) until every frame shows `colour`. */
async function untilShown(frames: Frame[], colour: string, timeoutMs = 5000) {
  const deadline = performance.now() + timeoutMs;
  for (const frame of frames) {
    while ((await bannerColour(frame)) !== colour) {
      if (performance.now() > deadline) throw new Error(`The preview never showed ${colour}.`);
    }
  }
}

interface PaintClock {
  keyAt: number;
  painted: number[];
}

/**
 * Timed inside the page, so the driver's round trips stay out of the figure: the keydown in the
 * editor, and for each preview frame the first animation frame after its latest document loaded
 * (a sandboxed frame runs no script, but its element's load event reaches the page).
 */
async function installPaintClock(page: Page, editor: ElementHandle, frames: ElementHandle[]) {
  await page.evaluate(
    ([textarea, ...iframes]) => {
      const clock: PaintClock = { keyAt: 0, painted: iframes.map(() => 0) };
      (window as unknown as { paintClock: PaintClock }).paintClock = clock;
      textarea!.addEventListener('keydown', () => {
        clock.keyAt = performance.now();
        clock.painted = iframes.map(() => 0);
      });
      iframes.forEach((iframe, i) =>
        iframe.addEventListener('load', () =>
          requestAnimationFrame(() => (clock.painted[i] = performance.now())),
        ),
      );
    },
    [editor, ...frames],
  );
}

/** Keydown to the last preview painted, once every preview shows the keystroke. */
async function readPaintClock(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const clock = (window as unknown as { paintClock: PaintClock }).paintClock;
            resolve(Math.max(...clock.painted) - clock.keyAt);
          }),
        ),
      ),
  );
}

/**
 * On a page showing the Branding tab: one keystroke in the raw CSS editor (a hex digit of the
 * banner's background colour) to every draft preview (desktop and phone) painted with it.
 */
export async function measurePreviewLatency(
  page: Page,
  samples: number,
): Promise<BrandingPreviewLatency> {
  const editor = page.getByRole('textbox', { name: 'CSS', exact: true });
  const present = await editor
    .waitFor({ timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (!present) return { skipped: 'Branding tab not present' };

  await editor.fill(cssWith(0));
  // The draft previews are the ones that follow the editor; the saved version stays as it was.
  await page.waitForTimeout(1000);
  const drafts: Frame[] = [];
  for (const frame of await previewFrames(page)) {
    if ((await bannerColour(frame)) === colourOf(0)) drafts.push(frame);
  }
  if (drafts.length === 0) {
    return { skipped: 'Branding tab has no preview following the CSS editor' };
  }

  const elements = await Promise.all(drafts.map((frame) => frame.frameElement()));
  await installPaintClock(page, await editor.elementHandle(), elements);
  const digitAt = cssWith(0).indexOf('#1020a') + '#1020a'.length;
  const times: number[] = [];
  for (let i = 1; i <= samples + 2; i++) {
    const digit = i % 10;
    await editor.evaluate((textarea, at) => {
      (textarea as HTMLTextAreaElement).focus();
      (textarea as HTMLTextAreaElement).setSelectionRange(at, at + 1);
    }, digitAt);
    await page.keyboard.type(String(digit));
    await untilShown(drafts, colourOf(digit));
    times.push(await readPaintClock(page));
  }
  const kept = times.slice(2); // two warm-ups
  const sorted = [...kept].sort((a, b) => a - b);
  return {
    samples: kept,
    previews: drafts.length,
    medianMs: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    maxMs: sorted.at(-1)!,
  };
}

/**
 * The Branding tab's live preview latency in Chromium, against the production build in `dist`
 * and an in-memory emulator (the demo customer pool, which has a domain). Skipped while the
 * console has no Branding tab.
 */
export async function brandingPreviewLatency(
  dist: string,
  samples = 30,
): Promise<BrandingPreviewLatency> {
  const emulator = await startEmulator({
    port: 0,
    config: { seedCustomerUsers: 0, quotas: QUOTAS_OFF },
  });
  const app = await startConsoleServer({ dist, emulatorUrl: emulator.url });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`${app.url}/sign-in`);
    await signInFirstTime(page);
    await page.goto(`${app.url}/pools/${POOL}/branding`);
    return await measurePreviewLatency(page, samples);
  } finally {
    await browser?.close();
    await app.close();
    await emulator.close();
  }
}
