import { queryOptions, useQuery } from '@tanstack/react-query';
import { customIdpEndpoint } from '@/aws/public-client';
import { poolScope } from '../pool-scope';

/** A message the emulator would have sent (its /_emulator/outbox route); not part of Cognito. */
export interface OutboxMessage {
  to: string;
  medium: 'EMAIL' | 'SMS';
  kind: string;
  poolId: string;
  username: string;
  code?: string;
  sentAt: number;
}

export interface OutboxQuery {
  poolId: string;
  /** Names the message may be addressed by: the username, the email or phone typed. */
  recipients: readonly string[];
  /** Epoch seconds: only messages sent since then (the request that sent the code). */
  since: number;
}

/** The emulator's endpoint, when the console talks to one; on AWS there is no outbox. */
export const outboxEndpoint = customIdpEndpoint;

/** The newest code sent to the user in this pool since `since`, or null when none. */
export async function readLatestCode(query: OutboxQuery): Promise<OutboxMessage | null> {
  const endpoint = outboxEndpoint();
  if (!endpoint) return null;
  const response = await fetch(`${endpoint.replace(/\/$/, '')}/_emulator/outbox`);
  if (!response.ok) throw new Error(`The emulator's outbox answered HTTP ${response.status}.`);
  const { messages } = (await response.json()) as { messages: OutboxMessage[] };
  const wanted = new Set(query.recipients.filter((r) => r !== ''));
  const matching = messages.filter(
    (m) =>
      m.poolId === query.poolId &&
      m.code !== undefined &&
      m.sentAt >= query.since &&
      (wanted.has(m.username) || wanted.has(m.to)),
  );
  return matching.at(-1) ?? null;
}

export const latestCodeQueryOptions = (query: OutboxQuery) =>
  queryOptions({
    queryKey: [...poolScope(query.poolId), 'emulator-outbox', query] as const,
    queryFn: () => readLatestCode(query),
    staleTime: Infinity,
  });

/** The code the emulator sent; disabled on AWS, where the message really went out. */
export function useLatestCode(query: OutboxQuery | null) {
  return useQuery({
    ...latestCodeQueryOptions(query ?? { poolId: '', recipients: [], since: 0 }),
    enabled: query !== null && outboxEndpoint() !== undefined,
  });
}
