import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorConfig } from '../config.ts';
import type { Store } from '../store/store.ts';
import type { FaultSpec } from '../traffic/faults.ts';
import type { TokenBuckets } from '../traffic/token-bucket.ts';

export interface RouteContext {
  store: Store;
  config: EmulatorConfig;
  baseUrl: string;
  /** The request-quota buckets of this emulator (per account and category). */
  quotaBuckets: TokenBuckets;
  /** Faults switched on for one pool's requests (POST /_emulator/faults), instead of `config.faults`. */
  poolFaults: Map<string, FaultSpec>;
  /**
   * How far the emulator's clock runs ahead of the machine's (POST /_emulator/clock), so a journey
   * can see codes, sessions and tokens expire without waiting.
   */
  clockOffsetMs: number;
  /** Re-creates the demo data (used by tests between journeys). */
  reset: () => Promise<void>;
}

export type RouteHandler = (
  match: RegExpMatchArray,
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RouteContext,
) => void | Promise<void>;

interface Route {
  method: string;
  pattern: RegExp;
  handler: RouteHandler;
}

/** Plain HTTP routes beside the JSON protocol: JWKS, OpenID configuration, emulator controls. */
const routes: Route[] = [];

export function registerRoute(method: string, pattern: RegExp, handler: RouteHandler): void {
  routes.push({ method, pattern, handler });
}

export function findRoute(method: string, path: string) {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = path.match(route.pattern);
    if (match) return { route, match };
  }
  return undefined;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}
