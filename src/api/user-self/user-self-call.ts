import { getPublicIdpClient } from '@/aws/public-client';
import { answered, failed, startEntry, type TraceEntry } from '@/lib/try-sign-in/trace';
import { regionOfPool } from '../pool-scope';

/** Where a sign-in test's calls are written down, in the order they are made. */
export interface TraceRecorder {
  nextId(): number;
  /** Adds the entry, or replaces the one with the same id (a call that got its answer). */
  record(entry: TraceEntry): void;
}

/** Which app client a test user's calls go through, and the trace they are written to. */
export interface UserSelfContext {
  poolId: string;
  clientId: string;
  trace: TraceRecorder;
}

/** The unsigned client an app of this pool's region would use. */
export function publicClientFor(poolId: string) {
  return getPublicIdpClient(regionOfPool(poolId));
}

/** Sends one call and writes it to the trace (secrets redacted), answer or error. */
export async function traced<Output>(
  trace: TraceRecorder,
  operation: string,
  input: object,
  send: () => Promise<Output>,
  { signed = false }: { signed?: boolean } = {},
): Promise<Output> {
  const entry = startEntry(trace.nextId(), operation, input, signed);
  trace.record(entry);
  try {
    const output = await send();
    trace.record(answered(entry, output));
    return output;
  } catch (error) {
    trace.record(failed(entry, error));
    throw error;
  }
}
