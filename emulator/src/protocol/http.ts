import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate, authorize } from '../iam/authenticate.ts';
import type { RequestContext, ServiceName } from './context.ts';
import { answerPreflight, applyCors } from './cors.ts';
import { AwsError, internalError, notImplemented } from './errors.ts';
import { findHandler } from './operations.ts';
import { findRoute, type RouteContext } from './routes.ts';
import { isPublicOperation, modelOperations, validateInput } from './validate.ts';

const TARGET_PREFIXES: Record<string, ServiceName> = {
  AWSCognitoIdentityProviderService: 'cognito-idp',
  AWSCognitoIdentityService: 'cognito-identity',
};

const MAX_BODY = 10 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new AwsError('SerializationException', 'Request body too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sendAwsError(res: ServerResponse, requestId: string, error: AwsError): void {
  res.writeHead(error.status, {
    'Content-Type': 'application/x-amz-json-1.1',
    'x-amzn-RequestId': requestId,
    'x-amzn-ErrorType': `${error.type}:`,
  });
  res.end(JSON.stringify({ __type: error.type, message: error.message }));
}

/** Runs a handler; answers once what it changed is on disk, or InternalErrorException if it cannot be. */
async function runDurably(ctx: RequestContext, run: () => unknown): Promise<unknown> {
  let answered = false;
  try {
    return await ctx.store.write(async () => {
      const output = (await run()) ?? {};
      answered = true;
      return output;
    });
  } catch (error) {
    throw answered ? internalError() : error;
  }
}

/** Handles one HTTP request: CORS, plain routes, then the AWS JSON 1.1 protocol. */
export async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  routeCtx: RouteContext,
): Promise<void> {
  const requestId = randomUUID();
  applyCors(req, res);
  if (req.method === 'OPTIONS') return answerPreflight(req, res);

  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const route = findRoute(req.method ?? 'GET', path);
  if (route) return route.route.handler(route.match, req, res, routeCtx);

  try {
    if (req.method !== 'POST' || path !== '/') {
      throw new AwsError('UnknownOperationException', `No route for ${req.method} ${path}.`, 404);
    }
    const body = await readBody(req);
    const target = String(req.headers['x-amz-target'] ?? '');
    const [prefix = '', operation = ''] = target.split('.');
    const service = Object.hasOwn(TARGET_PREFIXES, prefix) ? TARGET_PREFIXES[prefix] : undefined;
    if (!service || !operation) {
      throw new AwsError('UnknownOperationException', 'Missing or unknown X-Amz-Target header.');
    }
    const known = modelOperations(service);
    if (known.length > 0 && !known.includes(operation)) {
      throw new AwsError('UnknownOperationException', `Unknown operation ${operation}.`);
    }

    let input: Record<string, unknown>;
    try {
      input =
        body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as Record<string, unknown>);
    } catch {
      throw new AwsError(
        'SerializationException',
        'Start of structure or map found where not expected.',
      );
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new AwsError(
        'SerializationException',
        'Start of structure or map found where not expected.',
      );
    }

    const ctx: RequestContext = {
      service,
      operation,
      requestId,
      region: routeCtx.config.defaultRegion,
      accountId: routeCtx.config.accountId,
      store: routeCtx.store,
      config: routeCtx.config,
      baseUrl: routeCtx.baseUrl,
      now: Date.now(),
    };
    if (!isPublicOperation(service, operation)) {
      const signed = authenticate(
        { method: req.method, path: req.url ?? '/', headers: req.headers, body },
        ctx,
      );
      ctx.principal = signed.principal;
      ctx.region = signed.region;
      authorize(ctx, input);
    }
    validateInput(service, operation, input);

    const handler = findHandler(service, operation);
    if (!handler) throw notImplemented(operation);
    const output = await runDurably(ctx, () => handler(input, ctx));
    res.writeHead(200, {
      'Content-Type': 'application/x-amz-json-1.1',
      'x-amzn-RequestId': requestId,
    });
    res.end(JSON.stringify(output));
  } catch (error) {
    if (error instanceof AwsError) return sendAwsError(res, requestId, error);
    console.error(`[emulator] ${requestId} internal error`, error);
    sendAwsError(res, requestId, internalError());
  }
}
