import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorConfig } from '../config.ts';
import { findRoute, sendJson, type RouteContext } from './routes.ts';

/**
 * The emulator's own routes (`/_emulator/*`: health, reset, outbox) are not part of AWS's API:
 * they wipe data and show temporary passwords, so only the console's own pages may use them from
 * a browser. AWS's API beside them keeps answering any origin, as AWS does.
 */
export function isControlPath(path: string): boolean {
  return path.startsWith('/_emulator/');
}

/**
 * Why this request may not use a control route, or undefined when it may. A browser sends Origin
 * on every cross-origin request (fetch, form POST, preflight), so a foreign Origin is refused even
 * on a simple POST that has no preflight. A browser request marked cross-site but stripped of its
 * Origin is refused too. Requests from scripts and the CLI carry neither header.
 */
export function refusalOf(req: IncomingMessage, config: EmulatorConfig): string | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    return config.consoleOrigins.includes(origin)
      ? undefined
      : `Origin ${origin} may not use the emulator's control routes.`;
  }
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    return "A cross-site request may not use the emulator's control routes.";
  }
  return undefined;
}

export async function handleControlRequest(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RouteContext,
  path: string,
): Promise<void> {
  res.setHeader('Vary', 'Origin');
  const refusal = refusalOf(req, ctx.config);
  if (refusal) {
    sendJson(res, 403, { __type: 'AccessDeniedException', message: refusal });
    return;
  }
  const origin = req.headers.origin;
  if (origin) res.setHeader('Access-Control-Allow-Origin', origin);
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'content-type');
    res.setHeader('Access-Control-Max-Age', '600');
    res.writeHead(204).end();
    return;
  }
  const route = findRoute(req.method ?? 'GET', path);
  if (!route) {
    sendJson(res, 404, {
      __type: 'ResourceNotFoundException',
      message: `No route for ${req.method} ${path}.`,
    });
    return;
  }
  await route.route.handler(route.match, req, res, ctx);
}
