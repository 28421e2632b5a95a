import type { EmulatorConfig } from '../config.ts';
import type { Store } from '../store/store.ts';

export type ServiceName = 'cognito-idp' | 'cognito-identity';

/** Who signed the request, once SigV4 has been verified. */
export interface Principal {
  accessKeyId: string;
  /** Console role the credentials carry: decides which operations are allowed. */
  role: string;
  /** ARN as AWS would print it in an AccessDeniedException. */
  arn: string;
}

export interface RequestContext {
  service: ServiceName;
  operation: string;
  requestId: string;
  /** Region of the request: from the SigV4 scope when signed, else the config's default. */
  region: string;
  accountId: string;
  principal?: Principal;
  store: Store;
  config: EmulatorConfig;
  /** Base URL the emulator answers on (for JWKS links and the like). */
  baseUrl: string;
  /** Epoch milliseconds; one clock for the whole request. */
  now: number;
}

export type Handler = (input: any, ctx: RequestContext) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

export type OperationTable = Record<string, Handler>;
