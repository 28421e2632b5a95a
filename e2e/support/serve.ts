/**
 * The end-to-end tests' servers: an in-memory emulator with the demo seed, and the production build
 * of the console with a config.json pointing at that emulator.
 */
import { join } from 'node:path';
import { DEFAULT_CONSOLE_ORIGINS } from '../../emulator/src/config.ts';
import { startEmulator } from '../../emulator/src/server.ts';
import { startConsoleServer } from './console-server.ts';
import { E2E_APP_PORT, E2E_APP_URL, E2E_EMULATOR_PORT } from './ports.ts';

const emulator = await startEmulator({
  port: E2E_EMULATOR_PORT,
  config: { seedCustomerUsers: 500, consoleOrigins: [...DEFAULT_CONSOLE_ORIGINS, E2E_APP_URL] },
});
const app = await startConsoleServer({
  dist: join(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist'),
  emulatorUrl: emulator.url,
  port: E2E_APP_PORT,
});
console.log(`e2e: console on ${app.url}, emulator on ${emulator.url}`);
