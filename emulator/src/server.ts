import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { defaultConfig, type EmulatorConfig } from './config.ts';
import { handleRequest } from './protocol/http.ts';
import { sendJson, registerRoute, type RouteContext } from './protocol/routes.ts';
import { loadModules } from './modules.ts';
import { seedDemo } from './seed/seed.ts';
import { Store } from './store/store.ts';
import { parseFaults } from './traffic/faults.ts';
import { TokenBuckets } from './traffic/token-bucket.ts';
import { resumeUserImports, stopUserImports } from './user-import/runner.ts';

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
/**
 * Switches faults on for a journey: `{ "faults": "throttle:0.2,error:0.05", "userPoolId": "…" }`
 * (EMULATOR_FAULTS' syntax; "" for none). With a pool, only requests naming that pool get them;
 * without, every request does. A reset puts back the faults the emulator started with.
 */
registerRoute('POST', /^\/_emulator\/faults$/, async (_m, req, res, ctx) => {
  let body: { faults?: unknown; userPoolId?: unknown };
  let faults;
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as typeof body;
    if (typeof body.faults !== 'string') throw new Error('"faults" must be a string.');
    if (body.userPoolId !== undefined && typeof body.userPoolId !== 'string')
      throw new Error('"userPoolId" must be a string.');
    faults = parseFaults(body.faults);
  } catch (error) {
    sendJson(res, 400, { __type: 'InvalidParameterException', message: (error as Error).message });
    return;
  }
  if (body.userPoolId) ctx.poolFaults.set(body.userPoolId, faults);
  else ctx.config.faults = faults;
  sendJson(res, 200, { ok: true, faults });
});

/** The largest step the clock may be moved forward at once: a year. */
const MAX_CLOCK_STEP_SECONDS = 366 * 86_400;

/**
 * Moves the emulator's clock forward: `{ "advanceSeconds": 90000 }`. Every later request sees the
 * later time (codes, challenge sessions, tokens and credentials expire; SigV4 signatures made by
 * the machine's clock then read as expired too, as on AWS with a wrong clock). A reset puts the
 * clock back.
 */
registerRoute('POST', /^\/_emulator\/clock$/, async (_m, req, res, ctx) => {
  let advance: unknown;
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    advance = (
      JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>
    ).advanceSeconds;
  } catch {
    advance = undefined;
  }
  if (
    typeof advance !== 'number' ||
    !Number.isFinite(advance) ||
    advance <= 0 ||
    advance > MAX_CLOCK_STEP_SECONDS
  ) {
    sendJson(res, 400, {
      __type: 'InvalidParameterException',
      message: `"advanceSeconds" must be a number of seconds above 0 and at most ${MAX_CLOCK_STEP_SECONDS}.`,
    });
    return;
  }
  ctx.clockOffsetMs += advance * 1000;
  sendJson(res, 200, { ok: true, now: new Date(Date.now() + ctx.clockOffsetMs).toISOString() });
});

/**
 * A request Node's parser refuses (headers over 16 KB, malformed HTTP) gets an error in AWS's
 * JSON shape and a closed connection, instead of a reset or a bodiless 431.
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const [status, reason, type, message] = tooLarge
    ? [
        431,
        'Request Header Fields Too Large',
        'RequestHeaderFieldsTooLarge',
        'Request headers are larger than 16 KB.',
      ]
    : [400, 'Bad Request', 'SerializationException', 'Malformed HTTP request.'];
  const body = JSON.stringify({ __type: type, message });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/x-amz-json-1.1\r\n` +
      `x-amzn-ErrorType: ${type}:\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  loadModules();
  const config = defaultConfig(options.config);
  const store = await Store.open(options.dataDir);
  const host = options.host ?? '127.0.0.1';
  const startupFaults = config.faults;
  const routeCtx: RouteContext = {
    store,
    config,
    baseUrl: '',
    quotaBuckets: new TokenBuckets(),
    poolFaults: new Map(),
    clockOffsetMs: 0,
    reset: async () => {
      routeCtx.clockOffsetMs = 0;
      routeCtx.quotaBuckets.clear();
      routeCtx.poolFaults.clear();
      config.faults = startupFaults;
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
  server.on('clientError', answerClientError);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  routeCtx.baseUrl = url;
  resumeUserImports(store, config);

  return {
    url,
    port,
    store,
    config,
    reset: routeCtx.reset,
    close: async () => {
      await stopUserImports(store);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}
