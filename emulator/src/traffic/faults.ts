/** Faults injected into Cognito API requests, for tests and demos (EMULATOR_FAULTS). */
export interface FaultSpec {
  /** Share of requests (0-1) answered TooManyRequestsException. */
  throttle: number;
  /** Share of requests (0-1) answered InternalErrorException (HTTP 500). */
  error: number;
  /** Milliseconds added before every request is handled. */
  latencyMs: number;
}

export const NO_FAULTS: FaultSpec = { throttle: 0, error: 0, latencyMs: 0 };

const EXAMPLE = 'throttle:0.2,error:0.05,latency:200';

/**
 * Parses `throttle:<share>,error:<share>,latency:<ms>` (any subset, any order; empty is no
 * faults). Throws an Error naming the part at fault and the expected form.
 */
export function parseFaults(spec: string | undefined): FaultSpec {
  const faults = { ...NO_FAULTS };
  const text = (spec ?? '').trim();
  if (text === '') return faults;
  const seen = new Set<string>();
  for (const part of text.split(',').map((p) => p.trim())) {
    const [name = '', value, extra] = part.split(':').map((p) => p.trim());
    const bad = (why: string) =>
      new Error(`EMULATOR_FAULTS: "${part}" ${why}. Expected for example "${EXAMPLE}".`);
    if (value === undefined || value === '' || extra !== undefined) throw bad('is not name:value');
    if (seen.has(name)) throw bad('is given twice');
    seen.add(name);
    const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (name === 'throttle' || name === 'error') {
      if (!(number >= 0 && number <= 1)) throw bad('needs a share between 0 and 1');
      faults[name] = number;
    } else if (name === 'latency') {
      if (!Number.isInteger(number) || number > 60_000)
        throw bad('needs whole milliseconds between 0 and 60000');
      faults.latencyMs = number;
    } else {
      throw bad('names no fault (throttle, error or latency)');
    }
  }
  if (faults.throttle + faults.error > 1)
    throw new Error(
      `EMULATOR_FAULTS: throttle and error shares add up to more than 1 in "${text}".`,
    );
  return faults;
}

export type FaultOutcome = 'throttle' | 'error' | 'none';

/** Which fault, if any, a request gets, given one uniform draw in [0, 1). */
export function faultFor(faults: FaultSpec, draw: number): FaultOutcome {
  if (draw < faults.throttle) return 'throttle';
  if (draw < faults.throttle + faults.error) return 'error';
  return 'none';
}
