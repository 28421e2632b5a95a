/**
 * The end-to-end tests' servers: an in-memory emulator with the demo seed, and the production build
 * of the console with a config.json pointing at that emulator.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { startEmulator } from '../../emulator/src/server.ts';
import { E2E_APP_PORT, E2E_EMULATOR_PORT } from './ports.ts';

const DIST = join(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ is missing: run `npx vite build` first (npm test does).');
  process.exit(1);
}

const emulator = await startEmulator({
  port: E2E_EMULATOR_PORT,
  config: { seedCustomerUsers: 500 },
});
const baseConfig = JSON.parse(await readFile(join(DIST, 'config.json'), 'utf8')) as Record<
  string,
  unknown
>;
const config = JSON.stringify({
  ...baseConfig,
  endpoints: { cognitoIdp: emulator.url, cognitoIdentity: emulator.url },
});

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

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  if (path === '/config.json') {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(config);
    return;
  }
  const file = join(DIST, path);
  const target = path !== '/' && existsSync(file) ? file : join(DIST, 'index.html');
  try {
    const body = await readFile(target);
    res
      .writeHead(200, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
server.listen(E2E_APP_PORT, '127.0.0.1', () => {
  console.log(`e2e: console on http://127.0.0.1:${E2E_APP_PORT}, emulator on ${emulator.url}`);
});
