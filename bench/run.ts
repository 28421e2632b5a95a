/**
 * `npm run bench`: bundle sizes of the console and of its pool tabs, the Branding preview's
 * latency, emulator vs moto_server throughput, durable writes and reads of a 100,000-user
 * persistent emulator under writes. Prints tables; figures go in the closing notes, never into
 * timed tests. `BENCH_ONLY=durability,tabs` runs only the named sections (listed below).
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../emulator/src/config.ts';
import { startEmulator } from '../emulator/src/server.ts';
import { spawnEmulator } from '../emulator/src/store/child-emulator.ts';
import { motoAvailable, startMoto } from '../emulator/test/support/moto.ts';
import { browserFigures } from './browser.ts';
import { bulkDisableThroughput } from './bulk.ts';
import { deepSearchThroughput } from './deep-search.ts';
import { EXPORT_QUOTA_CEILING, exportFigures } from './export.ts';
import { instantFigures } from './instant.ts';
import { nameLookupFigures } from './name-lookup.ts';
import { GZIP_BUDGET_BYTES } from './page-weights.ts';
import { brandingPreviewLatency } from './branding-preview.ts';
import { bigPoolUnderWrites, durableWriteRates } from './durability.ts';
import { emulatorLookup, motoLookup, type LatencyResult } from './list-users.ts';
import { tabWeights } from './tab-weights.ts';
import { userGroupsFigures } from './user-groups.ts';
import { clientSrpMs, signInRates, type SignInFigures } from './sign-in.ts';
import { poolThroughput, type ThroughputResult } from './throughput.ts';
import { QUOTAS_OFF } from '../emulator/src/traffic/quotas.ts';

const sections = [
  'browser', // JS per page and search-to-row time, in Chromium
  'instant', // sign-in to pools list, tab to tab, search row to user page, in Chromium
  'name-lookup', // search box name lookup at 100,000 users, Enter to row, quotas on
  'tabs', // JS the Settings and Branding tabs add, from the build manifest
  'branding-preview', // keystroke in the Branding CSS editor -> preview repainted
  'emulator', // requests/s, ListUsers lookups and paging, deep search; moto_server beside
  'durability', // durable writes/s and the 100,000-user pool under writes
  'user-groups', // the Users list's Groups column: pool-wide scan vs per-user calls, quotas on
  'export', // CSV export of 100,000 users in Chromium, quotas on: users/s and JS heap
  'bulk', // bulk disable of 1,000 users in Chromium, quotas on: users/s against UserUpdate's 25
  'sign-in', // sign-ins/s, USER_SRP_AUTH and USER_PASSWORD_AUTH, emulator and moto_server
] as const;
type Section = (typeof sections)[number];

const only = process.env.BENCH_ONLY?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = only?.filter((name) => !(sections as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0) {
  console.error(
    `BENCH_ONLY: unknown ${unknown.join(', ')}; the sections are ${sections.join(', ')}.`,
  );
  process.exit(2);
}
const wants = (section: Section) => !only || only.includes(section);

function sdkClient(
  endpoint: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
) {
  return new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint,
    credentials,
    maxAttempts: 1,
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Median and p95 of `samples` in ms, as printed. */
function medianP95(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { samples: sorted.length, 'median ms': at(0.5).toFixed(0), 'p95 ms': at(0.95).toFixed(0) };
}

const machineLoad = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

if (
  wants('browser') ||
  wants('instant') ||
  wants('name-lookup') ||
  wants('tabs') ||
  wants('branding-preview') ||
  wants('export') ||
  wants('bulk')
) {
  console.log('Building the console (vite build)…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (wants('browser')) {
  const browser = await browserFigures('dist');
  console.log('\nJS the browser loads (measured in Chromium)');
  console.table(
    browser.weights.map((f) => ({
      page: f.label,
      scripts: f.scripts,
      raw: kb(f.rawBytes),
      gzip: kb(f.gzipBytes),
      'budget (npm test)': kb(GZIP_BUDGET_BYTES[f.page]),
    })),
  );
  const searchTimes = [...browser.searchToRowMs].sort((a, b) => a - b);
  console.log(
    `\nSearch box, Enter to row shown (Chromium, ${searchTimes.length} searches, 3,000-user pool): ` +
      `median ${searchTimes[Math.floor(searchTimes.length / 2)]!.toFixed(0)} ms, ` +
      `max ${searchTimes.at(-1)!.toFixed(0)} ms`,
  );
}

if (wants('instant')) {
  const instant = await instantFigures('dist');
  console.log(
    `\nFeels instant: click to the first frame showing the result, timed in the page (Chromium, ` +
      `${instant.sessions} fresh sessions, 3,000-user pool, quotas off)`,
  );
  console.table([
    { move: 'sign-in click -> pools list', ...medianP95(instant.signInMs) },
    ...[...instant.tabMs].flatMap(([tab, t]) => [
      { move: `tab -> ${tab}, first visit`, ...medianP95(t.firstMs) },
      { move: `tab -> ${tab}, cached`, ...medianP95(t.cachedMs) },
    ]),
    ...[...instant.userPage].flatMap(([visit, u]) => [
      { move: `search row -> user heading (row data), ${visit}`, ...medianP95(u.headingMs) },
      { move: `search row -> full record, actions, ${visit}`, ...medianP95(u.actionsMs) },
    ]),
  ]);
  console.log(`Machine load (1/5/15 min): ${machineLoad()}`);
}

if (wants('name-lookup')) {
  const lookup = await nameLookupFigures('dist');
  const sorted = [...lookup.samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  console.log(
    `\nName lookup in the search box, Enter to first row (Chromium, ${lookup.users.toLocaleString('en')}-user pool, ` +
      `quotas on, ${sorted.length} searches such as “${lookup.queries[1]}”): ` +
      `median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
  );
}

if (wants('tabs')) {
  console.log(
    '\nJS a pool tab adds beyond the pool pages already loaded (build manifest, gzip -9)',
  );
  console.table(
    (await tabWeights('dist')).map((t) =>
      t.built
        ? { tab: t.tab, scripts: t.scripts, raw: kb(t.rawBytes), gzip: kb(t.gzipBytes) }
        : { tab: t.tab, scripts: 'not built', raw: '', gzip: '' },
    ),
  );
}

if (wants('branding-preview')) {
  const preview = await brandingPreviewLatency('dist');
  console.log(
    '\nBranding preview, keystroke in the CSS editor to the previews repainted (Chromium)',
  );
  if ('skipped' in preview) console.log(`  skipped: ${preview.skipped}`);
  else {
    console.log(
      `  ${preview.samples.length} keystrokes, ${preview.previews} previews: ` +
        `median ${preview.medianMs.toFixed(0)} ms, p95 ${preview.p95Ms.toFixed(0)} ms, ` +
        `max ${preview.maxMs.toFixed(0)} ms`,
    );
  }
}

if (wants('emulator')) {
  const sizes = [1_000, 100_000];
  // Filling moto_server goes through AdminCreateUser at ~110 users/s, so its 100,000-user leg takes
  // about 15 minutes: on by default, BENCH_MOTO_MAX_USERS=1000 skips it.
  const motoMaxUsers = Number(process.env.BENCH_MOTO_MAX_USERS ?? 100_000);

  const emulator = await startEmulator({
    port: 0,
    config: { seedCustomerUsers: 0, quotas: QUOTAS_OFF },
  });
  const key = defaultConfig().staticCredentials[0]!;
  const emulatorResults = await poolThroughput(emulator.url, key);
  const lookups: LatencyResult[] = [];
  const paging: LatencyResult[] = [];
  for (const users of sizes) {
    const result = await emulatorLookup(emulator, sdkClient(emulator.url, key), users);
    lookups.push(result.lookup);
    paging.push(result.paging);
  }
  const deep = await deepSearchThroughput(emulator, sdkClient(emulator.url, key), 20_000);
  await emulator.close();

  let motoResults: ThroughputResult[] | undefined;
  if (motoAvailable()) {
    const motoKey = { accessKeyId: 'bench', secretAccessKey: 'bench' };
    const moto = await startMoto();
    motoResults = await poolThroughput(moto.url, motoKey);
    for (const users of sizes.filter((n) => n <= motoMaxUsers)) {
      console.log(`Filling moto_server with ${users} users…`);
      const result = await motoLookup(sdkClient(moto.url, motoKey), users, (n) =>
        console.log(`  ${n} users`),
      );
      lookups.push(result.lookup);
      paging.push(result.paging);
    }
    await moto.stop();
  } else {
    console.warn('moto_server not installed: no comparison.');
  }

  console.log('\nListUsers exact email filter, one lookup at a time (200 samples)');
  console.table(
    lookups.map((r) => ({
      target: r.target,
      users: r.users,
      'median ms': r.medianMs.toFixed(2),
      'p95 ms': r.p95Ms.toFixed(2),
    })),
  );

  console.log('\nListUsers unfiltered pages of 60, walked with PaginationToken (the Users tab)');
  console.table(
    paging.map((r) => ({
      target: r.target,
      users: r.users,
      pages: r.samples,
      'median ms': r.medianMs.toFixed(2),
      'p95 ms': r.p95Ms.toFixed(2),
    })),
  );

  console.log('\nDeep search (the console engine, paced, against the emulator)');
  console.table([
    {
      'users scanned': deep.users,
      seconds: deep.seconds.toFixed(1),
      'users/s': Math.round(deep.usersPerSecond),
      'requests/s': deep.requestsPerSecond.toFixed(1),
      'paced ceiling users/s': deep.pacedCeiling,
      'quota ceiling users/s': deep.quotaCeiling,
    },
  ]);

  console.log('\nRequests per second (AWS SDK v3, 8 concurrent callers, 3 s each)');
  console.table(
    emulatorResults.map((r, i) => ({
      operation: r.operation,
      emulator: Math.round(r.perSecond),
      moto_server: motoResults ? Math.round(motoResults[i]!.perSecond) : 'n/a',
    })),
  );
}

if (wants('durability')) {
  console.log(
    '\nDurable writes (8 concurrent callers, 5 s; each answered after fdatasync of the journal)',
  );
  console.table(
    (await durableWriteRates()).map((r) => ({
      operation: r.operation,
      mode: r.mode,
      'writes/s': Math.round(r.perSecond),
    })),
  );

  console.log('\nAdminGetUser, one call at a time, persistent emulator process with 100,000 users');
  console.table(
    (await bigPoolUnderWrites()).map((r) => ({
      phase: r.phase,
      'writes/s': r.writesPerSecond.toFixed(1),
      reads: r.reads,
      'median ms': r.readMedianMs.toFixed(2),
      'p99 ms': r.readP99Ms.toFixed(2),
      'max ms': r.readMaxMs.toFixed(0),
      'max RSS MB': Math.round(r.maxRssMb),
      'start s': r.startSeconds.toFixed(1),
    })),
  );
}

if (wants('user-groups')) {
  const emulator = await startEmulator({ port: 0, config: { seedCustomerUsers: 0 } });
  const key = defaultConfig().staticCredentials[0]!;
  const figures = await userGroupsFigures(emulator, sdkClient(emulator.url, key));
  await emulator.close();
  console.log('\nGroups column: user → groups map, against the emulator with quotas on');
  console.table(
    figures.map((f) => ({
      pool: f.pool,
      strategy: f.strategy,
      requests: f.requests,
      seconds: f.seconds.toFixed(2),
      outcome: f.outcome,
    })),
  );
}

if (wants('export')) {
  const exported = await exportFigures('dist');
  console.log(
    `\nCSV export of the whole pool in Chromium (${exported.users.toLocaleString('en')} users, ` +
      `quotas on; ceiling ${EXPORT_QUOTA_CEILING} users/s = 30 ListUsers/s x 60)`,
  );
  console.table(
    exported.runs.map((r) => ({
      'requests/s set': r.requestsPerSecond,
      'users written': r.users,
      seconds: r.seconds.toFixed(1),
      'users/s': Math.round(r.usersPerSecond),
      'of ceiling': `${((100 * r.usersPerSecond) / EXPORT_QUOTA_CEILING).toFixed(1)}%`,
      'steady users/s': Math.round(r.steadyUsersPerSecond),
      throttled: r.throttled,
      'errors shown': r.errorsShown,
    })),
  );
  const m = exported.memory;
  console.log(
    `JS heap while exporting at 25 requests/s (${m.samples} samples): start ${m.startMb.toFixed(1)} MB, ` +
      `peak ${m.peakMb.toFixed(1)} MB, end ${m.endMb.toFixed(1)} MB, after GC ${m.endAfterGcMb.toFixed(1)} MB`,
  );
}

if (wants('bulk')) {
  const bulk = await bulkDisableThroughput('dist', 1000);
  console.log(
    '\nBulk disable in Chromium, emulator quotas on (UserUpdate: 25 requests/s per account)',
  );
  console.table([
    {
      users: bulk.users,
      seconds: bulk.seconds.toFixed(1),
      'users/s': bulk.usersPerSecond.toFixed(1),
      'share of quota': `${((100 * bulk.usersPerSecond) / bulk.quotaCeiling).toFixed(0)}%`,
      'failed (shown)': bulk.failed,
      throttled: bulk.throttled,
      'calls answered': bulk.answered,
    },
  ]);
}

if (wants('sign-in')) {
  // Both servers run as their own process; the bench process is the client and does its side of
  // SRP. The emulator persists (each sign-in's refresh token is on disk before the answer).
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-sign-in-'));
  const emulator = await spawnEmulator(dataDir);
  const key = defaultConfig().staticCredentials[0]!;
  const figures: SignInFigures[] = [await signInRates('emulator', emulator.url, key)];
  emulator.process.kill('SIGTERM');
  await emulator.exited;
  await rm(dataDir, { recursive: true, force: true });
  if (motoAvailable()) {
    const moto = await startMoto();
    figures.push(
      await signInRates('moto_server', moto.url, {
        accessKeyId: 'bench',
        secretAccessKey: 'bench',
      }),
    );
    await moto.stop();
  } else {
    console.warn('moto_server not installed: no comparison.');
  }
  console.log(
    '\nSign-in round trips per second (AWS SDK v3, 4 concurrent callers, 5 s per flow; ' +
      'SRP = InitiateAuth + RespondToAuthChallenge PASSWORD_VERIFIER; quotas off)',
  );
  console.table(
    figures.flatMap((f) =>
      f.rates.map((r) => ({
        target: f.target,
        flow: r.flow,
        'sign-ins/s': r.perSecond === undefined ? 'n/a' : r.perSecond.toFixed(1),
        'sign-ins': r.signIns ?? 0,
        note: r.unsupported ? `not measured: ${r.unsupported}` : '',
      })),
    ),
  );
  console.log(
    `Client side of one SRP sign-in in the bench process: ${clientSrpMs().toFixed(1)} ms. ` +
      'moto_server does not run SRP (its SRP_B and SECRET_BLOCK are random values and it does ' +
      'not check the proof); the emulator verifies it. Machine load (1/5/15 min): ' +
      machineLoad(),
  );
}
