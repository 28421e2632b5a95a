/**
 * `npm run bench`: bundle sizes of the console, and emulator vs moto_server throughput.
 * Prints a table; figures go in the closing notes, never into timed tests.
 */
import { spawnSync } from 'node:child_process';
import { defaultConfig } from '../emulator/src/config.ts';
import { startEmulator } from '../emulator/src/server.ts';
import { motoAvailable, startMoto } from '../emulator/test/support/moto.ts';
import { bundleFigures } from './bundle-size.ts';
import { poolThroughput, type ThroughputResult } from './throughput.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

console.log('Building the console (vite build)…');
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log('\nJS the browser loads');
console.table(
  bundleFigures('dist').map((f) => ({
    page: f.page,
    files: f.files,
    raw: kb(f.rawBytes),
    gzip: kb(f.gzipBytes),
  })),
);

const emulator = await startEmulator({ port: 0, config: { seedCustomerUsers: 0 } });
const key = defaultConfig().staticCredentials[0]!;
const emulatorResults = await poolThroughput(emulator.url, key);
await emulator.close();

let motoResults: ThroughputResult[] | undefined;
if (motoAvailable()) {
  const moto = await startMoto();
  motoResults = await poolThroughput(moto.url, { accessKeyId: 'bench', secretAccessKey: 'bench' });
  await moto.stop();
} else {
  console.warn('moto_server not installed: no comparison.');
}

console.log('\nRequests per second (AWS SDK v3, 8 concurrent callers, 3 s each)');
console.table(
  emulatorResults.map((r, i) => ({
    operation: r.operation,
    emulator: Math.round(r.perSecond),
    moto_server: motoResults ? Math.round(motoResults[i]!.perSecond) : 'n/a',
  })),
);
