import type { CDPSession, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { startEmulator } from '../emulator/src/server.ts';
import { generateUsers } from '../emulator/src/user-admin/bulk-users.ts';
import { QUOTAS_ON } from '../emulator/src/traffic/quotas.ts';
import { startConsoleServer } from '../e2e/support/console-server.ts';
import { launchChromium, signInFirstTime } from './chromium.ts';

const CUSTOMER_POOL = 'us-east-1_AcmeCust1';
/** ListUsers' quota (30 requests/s per account) times 60 users per page. */
export const EXPORT_QUOTA_CEILING = 30 * 60;

export interface ExportRunFigure {
  requestsPerSecond: number;
  users: number;
  seconds: number;
  usersPerSecond: number;
  /** Users a second between the first and the last progress sample (start and download left out). */
  steadyUsersPerSecond: number;
  /** Throttled calls the export waited out (shown as a note, not an error). */
  throttled: number;
  /** Error alerts on the page at the end. */
  errorsShown: number;
}

export interface ExportMemoryFigure {
  /** JS heap used (MB): after a GC before Start, the highest sample, at the end, after a GC. */
  startMb: number;
  peakMb: number;
  endMb: number;
  endAfterGcMb: number;
  samples: number;
}

export interface ExportFigures {
  users: number;
  runs: ExportRunFigure[];
  memory: ExportMemoryFigure;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

/** One whole-pool export through the console's export page, downloaded when finished. */
async function exportOnce(
  page: Page,
  cdp: CDPSession,
  appUrl: string,
  requestsPerSecond: number,
  heap: number[],
): Promise<ExportRunFigure> {
  await page.goto(`${appUrl}/pools/${CUSTOMER_POOL}/users-export`);
  await page.getByRole('radio', { name: 'Download when finished' }).check();
  await page.getByLabel('Speed').selectOption(String(requestsPerSecond));
  const start = page.getByRole('button', { name: 'Start export' });
  await start.waitFor();
  await cdp.send('HeapProfiler.collectGarbage');
  heap.push(await heapUsed(cdp));
  const downloading = page.waitForEvent('download', { timeout: 15 * 60_000 });
  const started = performance.now();
  await start.click();
  let done = false;
  const written: { at: number; users: number }[] = [];
  const progress = page.getByTestId('export-progress');
  const sampling = (async () => {
    while (!done) {
      heap.push(await heapUsed(cdp));
      const text = (await progress.textContent({ timeout: 1000 }).catch(() => '')) ?? '';
      const users = /^([\d,]+) users? written/.exec(text)?.[1];
      if (users) written.push({ at: performance.now(), users: Number(users.replaceAll(',', '')) });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  const download = await downloading;
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await sampling;
  await page.getByText('Export finished').waitFor();
  const text = await readFile(await download.path(), 'utf8');
  const users = text.split('\r\n').length - 2; // the header, and the empty string after the last CRLF
  const steady = written.filter((w) => w.users > 0 && w.users < users);
  const first = steady[0]!;
  const last = steady.at(-1)!;
  const throttledNote = await page
    .getByText(/Slowed down by AWS throttling/)
    .textContent({
      timeout: 100,
    })
    .catch(() => null);
  return {
    requestsPerSecond,
    users,
    seconds,
    usersPerSecond: users / seconds,
    steadyUsersPerSecond: ((last.users - first.users) * 1000) / (last.at - first.at),
    throttled: Number(/(\d+)×/.exec(throttledNote ?? '')?.[1] ?? 0),
    errorsShown: await page.getByRole('alert').count(),
  };
}

/**
 * The console's CSV export of a `users`-user pool in Chromium against an emulator with Cognito's
 * quotas on: throughput at the standard and the fastest speed, and the page's JS heap while the
 * standard-speed export runs (sampled every 0.5 s through CDP).
 */
export async function exportFigures(dist: string, users = 100_000): Promise<ExportFigures> {
  const emulator = await startEmulator({
    port: 0,
    config: { seedCustomerUsers: 0, quotas: QUOTAS_ON },
  });
  generateUsers(emulator.store.state.userPools.get(CUSTOMER_POOL)!, users, { prefix: 'export' });
  const app = await startConsoleServer({ dist, emulatorUrl: emulator.url });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${app.url}/sign-in`);
    await signInFirstTime(page);
    const heap: number[] = [];
    const standard = await exportOnce(page, cdp, app.url, 25, heap);
    const endMb = mb(heap.at(-1)!);
    await cdp.send('HeapProfiler.collectGarbage');
    const endAfterGcMb = mb(await heapUsed(cdp));
    const fastest = await exportOnce(page, cdp, app.url, 29, []);
    return {
      users,
      runs: [standard, fastest],
      memory: {
        startMb: mb(heap[0]!),
        peakMb: mb(Math.max(...heap)),
        endMb,
        endAfterGcMb,
        samples: heap.length,
      },
    };
  } finally {
    await browser.close();
    await app.close();
    await emulator.close();
  }
}
