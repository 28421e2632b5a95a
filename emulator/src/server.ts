import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultConfig, type EmulatorConfig } from './config.ts';
import { handleRequest } from './protocol/http.ts';
import { sendJson, registerRoute, type RouteContext } from './protocol/routes.ts';
import { loadModules } from './modules.ts';
import { seedDemo } from './seed/seed.ts';
import { Store } from './store/store.ts';

export interface EmulatorOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Directory to persist to; omit for in-memory. */
  dataDir?: string;
  config?: Partial<EmulatorConfig>;
  quiet?: boolean;
}

export interface RunningEmulator {
  url: string;
  port: number;
  store: Store;
  config: EmulatorConfig;
  reset(): Promise<void>;
  close(): Promise<void>;
}

registerRoute('GET', /^\/_emulator\/health$/, (_m, _req, res) => sendJson(res, 200, { ok: true }));
registerRoute('POST', /^\/_emulator\/reset$/, async (_m, _req, res, ctx) => {
  await ctx.reset();
  sendJson(res, 200, { ok: true });
});

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  loadModules();
  const config = defaultConfig(options.config);
  const store = await Store.open(options.dataDir);
  const host = options.host ?? '127.0.0.1';
  const routeCtx: RouteContext = {
    store,
    config,
    baseUrl: '',
    reset: async () => {
      store.reset();
      if (config.seed) await seedDemo(store, config);
      await store.commit();
    },
  };
  if (config.seed && store.isNew) {
    await seedDemo(store, config);
    await store.commit();
  }

  const server: Server = createServer((req, res) => {
    handleRequest(req, res, routeCtx).catch((error: unknown) => {
      console.error('[emulator] unhandled', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  routeCtx.baseUrl = url;

  return {
    url,
    port,
    store,
    config,
    reset: routeCtx.reset,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
