import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import {
  BUILD_META_CSP,
  securityHeaders,
  type EndpointConfig,
} from './scripts/security-headers.ts';

/** Sends the security headers from `vite` / `npm start` and `vite preview`, read from the served config.json. */
function securityHeadersPlugin(): Plugin {
  const middleware =
    (configPath: () => string, dev: boolean) =>
    (_req: IncomingMessage, res: ServerResponse, next: () => void) => {
      // Read per request: editing config.json (endpoints, regions) needs no restart.
      const config = JSON.parse(readFileSync(configPath(), 'utf8')) as EndpointConfig;
      for (const [name, value] of Object.entries(securityHeaders(config, { dev }))) {
        res.setHeader(name, value);
      }
      next();
    };
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'console-security-headers',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use(middleware(() => join(root, 'public', 'config.json'), true));
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(() => join(root, outDir, 'config.json'), false));
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (_html, context) =>
        context.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: { 'http-equiv': 'Content-Security-Policy', content: BUILD_META_CSP },
                injectTo: 'head-prepend',
              },
            ],
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), securityHeadersPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // Source maps would publish the whole source next to the app; CONSOLE_SOURCEMAP=true asks for them.
  build: {
    sourcemap: process.env.CONSOLE_SOURCEMAP === 'true',
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          // The route declarations load together with the router: one file compresses far better
          // than one per feature.
          groups: [{ name: 'routes', test: /src[\\/]features[\\/].+[\\/]routes\.ts$/ }],
        },
      },
    },
  },
});
