import { buildClientRecord, type ClientSettingsInput } from '../clients/client-record.ts';
import type { ClientRecord, EmulatorState, UserPoolRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { newClientId, newClientSecret } from './ids.ts';

export type AppClientRecord = ClientRecord;

export interface AppClientOptions extends ClientSettingsInput {
  ClientName: string;
  /** A fixed id (seed); otherwise a fresh one. */
  ClientId?: string;
  GenerateSecret?: boolean;
  ClientSecret?: string;
}

/** Adds an app client exactly as CreateUserPoolClient would, defaults included. */
export function createAppClient(
  record: UserPoolRecord,
  options: AppClientOptions,
  nowMs: number,
): AppClientRecord {
  const { ClientId, GenerateSecret, ClientSecret, ...settings } = options;
  const now = epochSeconds(nowMs);
  const client = buildClientRecord(
    record,
    settings,
    {
      ClientId: ClientId ?? newClientId(),
      ClientName: options.ClientName,
      ClientSecret: GenerateSecret ? (ClientSecret ?? newClientSecret()) : undefined,
      CreationDate: now,
    },
    now,
    'creating',
  );
  record.clients.set(client.ClientId, client);
  return client;
}

/** Finds an app client by id across every pool (unsigned calls name only the client). */
export function findClient(
  state: EmulatorState,
  clientId: string,
): { pool: UserPoolRecord; client: AppClientRecord } | undefined {
  for (const pool of state.userPools.values()) {
    const client = pool.clients.get(clientId);
    if (client) return { pool, client };
  }
  return undefined;
}
