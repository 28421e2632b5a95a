import { setTimeout as sleep } from 'node:timers/promises';
import { internalError } from '../protocol/errors.ts';
import { faultFor, type FaultSpec } from './faults.ts';
import { tooManyRequests } from './quotas.ts';

/**
 * Delays a Cognito API request by the configured latency, then throttles or fails the configured
 * share of them before anything is handled, so a retried request is never applied twice.
 */
export async function applyFaults(faults: FaultSpec, draw = Math.random()): Promise<void> {
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  const outcome = faultFor(faults, draw);
  if (outcome === 'throttle') throw tooManyRequests();
  if (outcome === 'error') throw internalError();
}
