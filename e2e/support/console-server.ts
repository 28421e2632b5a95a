import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { securityHeaders } from '../../scripts/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export interface ConsoleServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a production build of the console (SPA fallback to index.html) with its config.json
 * pointing at the given emulator, and the security headers a host should send.
 */
export async function startConsoleServer(options: {
  dist: string;
  emulatorUrl: string;
  port?: number;
}): Promise<ConsoleServer> {
  const { dist } = options;
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} has no build: run \`npx vite build\` first (npm test does).`);
  }
  const base = JSON.parse(await readFile(join(dist, 'config.json'), 'utf8')) as object;
  const served = {
    ...(base as { region: string; regions?: string[] }),
    endpoints: { cognitoIdp: options.emulatorUrl, cognitoIdentity: options.emulatorUrl },
  };
  const config = JSON.stringify(served);
  const headers = securityHeaders(served);

  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    if (path === '/config.json') {
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(config);
      return;
    }
    const file = join(dist, path);
    const target = path !== '/' && existsSync(file) ? file : join(dist, 'index.html');
    try {
      const body = await readFile(target);
      res
        .writeHead(200, {
          ...headers,
          'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
        })
        .end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
