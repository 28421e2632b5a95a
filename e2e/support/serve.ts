/**
 * The end-to-end tests' servers: an in-memory emulator with the demo seed, and the production build
 * of the console with a config.json pointing at that emulator.
 */
import { join } from 'node:path';
import { DEFAULT_CONSOLE_ORIGINS } from '../../emulator/src/config.ts';
import { parseFaults } from '../../emulator/src/traffic/faults.ts';
import { QUOTAS_OFF } from '../../emulator/src/traffic/quotas.ts';
import { startEmulator } from '../../emulator/src/server.ts';
import { startConsoleServer } from './console-server.ts';
import { E2E_APP_PORT, E2E_APP_URL, E2E_EMULATOR_PORT } from './ports.ts';

const emulator = await startEmulator({
  port: E2E_EMULATOR_PORT,
  config: {
    seedCustomerUsers: 500,
    consoleOrigins: [...DEFAULT_CONSOLE_ORIGINS, E2E_APP_URL],
    // Journeys run side by side against one account: quotas off, unless a journey's own checks
    // need them; EMULATOR_FAULTS still injects faults for the journeys that test them.
    quotas: QUOTAS_OFF,
    faults: parseFaults(process.env.EMULATOR_FAULTS),
    // Imports show Pending and progress, yet finish within a test's patience.
    userImport: { pendingMs: 500, rowsPerSecond: 400 },
  },
});
const app = await startConsoleServer({
  dist: join(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist'),
  emulatorUrl: emulator.url,
  port: E2E_APP_PORT,
});
console.log(`e2e: console on ${app.url}, emulator on ${emulator.url}`);
