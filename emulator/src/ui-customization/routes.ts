import type { ServerResponse } from 'node:http';
import { escapeHtml } from '../../../src/lib/hosted-ui/escape-html.ts';
import {
  hostedPageOptions,
  type HostedPageSource,
} from '../../../src/lib/hosted-ui/page-options.ts';
import {
  renderHostedPage,
  type HostedView,
} from '../../../src/lib/hosted-ui/render-hosted-page.ts';
import { registerRoute, type RouteContext } from '../protocol/routes.ts';
import type { UserPoolRecord } from '../store/types.ts';
import { effectiveCustomization, logoUrlOf } from './customization-store.ts';

/** The hosted page may show styles and images, never run anything. */
const HOSTED_PAGE_CSP =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https:; form-action 'self'; base-uri 'none'";

const VIEWS: Record<string, HostedView> = {
  login: 'signIn',
  signup: 'signUp',
  forgotPassword: 'forgotPassword',
};

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res
    .writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': HOSTED_PAGE_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    })
    .end(html);
}

/** The hosted UI's error page: a readable message, as the real endpoint shows one. */
function sendErrorPage(res: ServerResponse, error: string, description: string): void {
  sendHtml(
    res,
    400,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body><h1>An error was encountered with the requested page.</h1><p>error=${escapeHtml(error)}</p><p>${escapeHtml(description)}</p></body></html>`,
  );
}

function poolOfDomain(ctx: RouteContext, prefix: string): UserPoolRecord | undefined {
  for (const pool of ctx.store.state.userPools.values()) if (pool.domains.has(prefix)) return pool;
  return undefined;
}

/**
 * The classic hosted sign-in page of a pool domain, with the client's effective branding:
 * `/hosted-ui/<domain prefix>/login|signup|forgotPassword?client_id=…&redirect_uri=…`.
 * Its forms are inert: the page's look is what it serves.
 */
registerRoute(
  'GET',
  /^\/hosted-ui\/([^/]+)\/(login|signup|forgotPassword)$/,
  (match, req, res, ctx) => {
    const prefix = decodeURIComponent(match[1]!);
    const view = VIEWS[match[2]!]!;
    const query = new URL(req.url ?? '/', 'http://emulator').searchParams;
    const pool = poolOfDomain(ctx, prefix);
    if (!pool) {
      sendErrorPage(res, 'invalid_request', `No user pool has the domain ${prefix}.`);
      return;
    }
    const clientId = query.get('client_id') ?? '';
    const client = pool.clients.get(clientId);
    if (!client) {
      sendErrorPage(res, 'invalid_request', `Client ${clientId || '(none)'} does not exist.`);
      return;
    }
    const redirectUri = query.get('redirect_uri') ?? '';
    const callbacks = (client.CallbackURLs as string[] | undefined) ?? [];
    if (!callbacks.includes(redirectUri)) {
      sendErrorPage(
        res,
        'redirect_mismatch',
        'The redirect_uri is not one of the app client\u2019s callback URLs.',
      );
      return;
    }
    const customization = effectiveCustomization(pool, clientId);
    const base = `${ctx.baseUrl}/hosted-ui/${encodeURIComponent(prefix)}`;
    const search = `?${query.toString()}`;
    const html = renderHostedPage(
      hostedPageOptions(
        {
          pool: pool.pool as HostedPageSource['pool'],
          client,
          identityProviders: [...pool.identityProviders.values()],
          customization: customization && {
            CSS: customization.CSS,
            ImageUrl: logoUrlOf(ctx.baseUrl, pool.pool.Id, customization),
          },
        },
        {
          view,
          links: {
            signIn: `${base}/login${search}`,
            signUp: `${base}/signup${search}`,
            forgotPassword: `${base}/forgotPassword${search}`,
          },
        },
      ),
    );
    sendHtml(res, 200, html);
  },
);

/** A scope's logo, at the URL GetUICustomization's ImageUrl names. */
registerRoute(
  'GET',
  /^\/ui-customization\/([\w-]+_[0-9A-Za-z]+)\/([^/]+)\/([0-9a-f]+)\/logo\.(png|jpg)$/,
  (match, _req, res, ctx) => {
    const pool = ctx.store.state.userPools.get(match[1]!);
    const record = pool?.uiCustomizations.get(decodeURIComponent(match[2]!));
    if (!record?.image || record.CSSVersion !== match[3]) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('No such logo.');
      return;
    }
    res
      .writeHead(200, {
        'Content-Type': record.image.contentType,
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      })
      .end(Buffer.from(record.image.base64, 'base64'));
  },
);
