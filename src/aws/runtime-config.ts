import type { ConsoleConfig } from './config';

let current: ConsoleConfig | undefined;

/** Set once at start-up, after config.json validated; the AWS layer reads it from here. */
export function setRuntimeConfig(config: ConsoleConfig): void {
  current = config;
}

export function getRuntimeConfig(): ConsoleConfig {
  if (!current) throw new Error('The console configuration has not been loaded yet.');
  return current;
}
