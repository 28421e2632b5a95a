import type { EmulatorState, UserPoolRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { newClientId, newClientSecret } from './ids.ts';

export type AppClientRecord = UserPoolRecord['clients'][string];

export interface AppClientOptions {
  ClientName: string;
  ClientId?: string;
  GenerateSecret?: boolean;
  /** Any other UserPoolClientType field overrides the default. */
  [field: string]: unknown;
}

/** Adds an app client shaped like DescribeUserPoolClient's output, with AWS's defaults. */
export function createAppClient(
  record: UserPoolRecord,
  options: AppClientOptions,
  nowMs: number,
): AppClientRecord {
  const { ClientId, ClientName, GenerateSecret, ...fields } = options;
  const now = epochSeconds(nowMs);
  const client: AppClientRecord = {
    UserPoolId: record.pool.Id,
    ClientName,
    ClientId: ClientId ?? newClientId(),
    ...(GenerateSecret ? { ClientSecret: newClientSecret() } : {}),
    LastModifiedDate: now,
    CreationDate: now,
    RefreshTokenValidity: 30,
    AccessTokenValidity: 60,
    IdTokenValidity: 60,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
    ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'],
    AllowedOAuthFlowsUserPoolClient: false,
    PreventUserExistenceErrors: 'ENABLED',
    EnableTokenRevocation: true,
    EnablePropagateAdditionalUserContextData: false,
    AuthSessionValidity: 3,
    ...fields,
  };
  record.clients[client.ClientId] = client;
  return client;
}

/** Finds an app client by id across every pool (unsigned calls name only the client). */
export function findClient(
  state: EmulatorState,
  clientId: string,
): { pool: UserPoolRecord; client: AppClientRecord } | undefined {
  for (const pool of Object.values(state.userPools)) {
    const client = pool.clients[clientId];
    if (client) return { pool, client };
  }
  return undefined;
}
