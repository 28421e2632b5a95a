import type { EmulatorConfig } from '../config.ts';
import { parseFaults } from './faults.ts';
import { quotasFromEnv } from './quotas.ts';

/**
 * The request quotas and injected faults the environment asks for: EMULATOR_QUOTAS=off,
 * EMULATOR_QUOTA_SCALE=N, EMULATOR_FAULTS=throttle:0.2,error:0.05,latency:200. Throws an Error
 * with a message naming the bad variable.
 */
export function trafficFromEnv(
  env: Record<string, string | undefined>,
): Pick<EmulatorConfig, 'quotas' | 'faults'> {
  return { quotas: quotasFromEnv(env), faults: parseFaults(env.EMULATOR_FAULTS) };
}

/** trafficFromEnv for a command's start-up: a bad variable ends the process with its message. */
export function trafficFromEnvOrExit(
  env: Record<string, string | undefined>,
): Pick<EmulatorConfig, 'quotas' | 'faults'> {
  try {
    return trafficFromEnv(env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
