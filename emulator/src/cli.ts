import { consoleOriginsFrom, DEFAULT_CONSOLE_ORIGINS, DEMO } from './config.ts';
import { startEmulator } from './server.ts';
import { StateError } from './store/state-error.ts';
import { trafficFromEnvOrExit } from './traffic/from-env.ts';

/**
 * `npm run emulator`: starts the emulator alone.
 * Env: EMULATOR_PORT (9119), EMULATOR_HOST (127.0.0.1), EMULATOR_DATA_DIR (.cognito-emulator),
 * EMULATOR_IN_MEMORY=1 to keep nothing on disk, EMULATOR_CONSOLE_ORIGINS (comma-separated) or
 * `--console-origin <origin>` (repeatable): the browser origins allowed to use /_emulator/*.
 * EMULATOR_QUOTAS=off turns Cognito's request quotas off, EMULATOR_QUOTA_SCALE=N multiplies them;
 * EMULATOR_FAULTS=throttle:0.2,error:0.05,latency:200 injects throttles, 5xx errors and latency.
 */
const consoleOrigins = consoleOriginsFrom(process.env, process.argv.slice(2)) ?? [
  ...DEFAULT_CONSOLE_ORIGINS,
];
const traffic = trafficFromEnvOrExit(process.env);
const emulator = await startEmulator({
  host: process.env.EMULATOR_HOST ?? '127.0.0.1',
  port: Number(process.env.EMULATOR_PORT ?? 9119),
  dataDir: process.env.EMULATOR_IN_MEMORY
    ? undefined
    : (process.env.EMULATOR_DATA_DIR ?? '.cognito-emulator'),
  config: { consoleOrigins, ...traffic },
}).catch((error: unknown) => {
  // A refused state is reported in one line; its content (keys, secrets) is never printed.
  if (error instanceof StateError) console.error(error.message);
  else console.error(`Cognito emulator could not start: ${(error as Error).message}`);
  process.exit(1);
});
console.log(`Cognito emulator listening on ${emulator.url} (region ${DEMO.region})`);
if (!traffic.quotas.enabled) console.log('Request quotas: off (EMULATOR_QUOTAS=off)');
console.log(`Control routes (/_emulator/*) open to: ${consoleOrigins.join(', ')}`);

const stop = async () => {
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
