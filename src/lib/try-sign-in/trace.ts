import { redact } from './redact';

/** One API call of a sign-in test, as the trace shows it: secrets already replaced. */
export interface TraceEntry {
  id: number;
  operation: string;
  /** Signed with the operator's credentials (Admin* calls), not sent by the app's public client. */
  signed: boolean;
  request: unknown;
  outcome:
    | { kind: 'pending' }
    | { kind: 'answer'; response: unknown }
    | { kind: 'error'; name: string; message: string; requestId?: string };
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  $metadata?: { requestId?: unknown };
}

export function startEntry(
  id: number,
  operation: string,
  request: unknown,
  signed: boolean,
): TraceEntry {
  return { id, operation, signed, request: redact(request), outcome: { kind: 'pending' } };
}

export function answered(entry: TraceEntry, response: unknown): TraceEntry {
  return { ...entry, outcome: { kind: 'answer', response: redact(response) } };
}

export function failed(entry: TraceEntry, error: unknown): TraceEntry {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const requestId = e.$metadata?.requestId;
  return {
    ...entry,
    outcome: {
      kind: 'error',
      name: typeof e.name === 'string' ? e.name : 'Error',
      message: typeof e.message === 'string' ? e.message : String(error),
      ...(typeof requestId === 'string' && requestId ? { requestId } : {}),
    },
  };
}

/** A one-line summary of how the call ended. */
export function outcomeSummary(entry: TraceEntry): string {
  const { outcome } = entry;
  if (outcome.kind === 'pending') return 'waiting for an answer';
  if (outcome.kind === 'error') return `${outcome.name}: ${outcome.message}`;
  const response = (outcome.response ?? {}) as Record<string, unknown>;
  if (typeof response.ChallengeName === 'string') return `challenge ${response.ChallengeName}`;
  if (response.AuthenticationResult) return 'signed in: tokens issued';
  return 'OK';
}
