/**
 * `npm start`: the local Cognito emulator (persistent, with demo data) and the console in dev mode.
 * Env: EMULATOR_PORT (9119, must match public/config.json), EMULATOR_DATA_DIR (.cognito-emulator), PORT (5173),
 * EMULATOR_CONSOLE_ORIGINS or --console-origin: more origins allowed to use /_emulator/*.
 * EMULATOR_QUOTAS=off, EMULATOR_QUOTA_SCALE=N, EMULATOR_FAULTS=throttle:0.2,error:0.05,latency:200:
 * Cognito's request quotas (on, as on AWS; the demo seed writes to the store, not through them)
 * and injected faults.
 */
import { createServer } from 'vite';
import { consoleOriginsFrom, DEFAULT_CONSOLE_ORIGINS, DEMO } from '../emulator/src/config.ts';
import { startEmulator } from '../emulator/src/server.ts';
import { StateError } from '../emulator/src/store/state-error.ts';
import { trafficFromEnvOrExit } from '../emulator/src/traffic/from-env.ts';

const traffic = trafficFromEnvOrExit(process.env);
const emulator = await startEmulator({
  port: Number(process.env.EMULATOR_PORT ?? 9119),
  dataDir: process.env.EMULATOR_DATA_DIR ?? '.cognito-emulator',
  config: {
    ...traffic,
    consoleOrigins: consoleOriginsFrom(process.env, process.argv.slice(2)) ?? [
      ...DEFAULT_CONSOLE_ORIGINS,
    ],
  },
}).catch((error: unknown) => {
  // A refused state is reported in one line; its content (keys, secrets) is never printed.
  if (error instanceof StateError) console.error(error.message);
  else console.error(`Cognito emulator could not start: ${(error as Error).message}`);
  process.exit(1);
});
const vite = await createServer({ server: { port: Number(process.env.PORT ?? 5173) } });
await vite.listen();
const consoleUrl = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
// Vite may have moved to another port: the console's own origin is always allowed.
emulator.config.consoleOrigins.push(new URL(consoleUrl).origin);

console.log(`
  Cognito emulator  ${emulator.url}   (data in ${process.env.EMULATOR_DATA_DIR ?? '.cognito-emulator'}/)
  Console           ${consoleUrl}

  Demo sign-ins (temporary passwords: the first sign-in asks for a new one):
    admin    ${DEMO.adminEmail}     ${DEMO.adminTemporaryPassword}
    support  ${DEMO.supportEmail}   ${DEMO.supportTemporaryPassword}

  Reset the demo data: rm -rf .cognito-emulator (while stopped), or POST ${emulator.url}/_emulator/reset
`);

const stop = async () => {
  await vite.close();
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
