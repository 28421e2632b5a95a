import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate, authorize } from '../iam/authenticate.ts';
import type { RequestContext, ServiceName } from './context.ts';
import { handleControlRequest, isControlPath } from './control.ts';
import { answerPreflight, applyCors } from './cors.ts';
import { AwsError, internalError, notImplemented } from './errors.ts';
import { findHandler } from './operations.ts';
import { findRoute, type RouteContext } from './routes.ts';
import { isPublicOperation, modelOperations, validateInput } from './validate.ts';
import { applyFaults } from '../traffic/apply-faults.ts';
import { enforceQuota } from '../traffic/quotas.ts';

const TARGET_PREFIXES = new Map<string, ServiceName>([
  ['AWSCognitoIdentityProviderService', 'cognito-idp'],
  ['AWSCognitoIdentityService', 'cognito-identity'],
]);

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

/** `<ServicePrefix>.<Operation>`, exactly: anything else names no operation. */
function parseTarget(header: string | string[] | undefined): {
  service: ServiceName;
  operation: string;
} {
  const target = typeof header === 'string' ? header : '';
  const parts = target.split('.');
  const service = parts.length === 2 ? TARGET_PREFIXES.get(parts[0]!) : undefined;
  if (!service || !parts[1]) {
    throw new AwsError('UnknownOperationException', 'Missing or unknown X-Amz-Target header.');
  }
  const operation = parts[1];
  if (!modelOperations(service).includes(operation)) {
    const shown = operation.length > 100 ? `${operation.slice(0, 100)}…` : operation;
    throw new AwsError('UnknownOperationException', `Unknown operation ${shown}.`);
  }
  return { service, operation };
}

export function sendAwsError(res: ServerResponse, requestId: string, error: AwsError): void {
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
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (isControlPath(path)) return handleControlRequest(req, res, routeCtx, path);

  applyCors(req, res);
  if (req.method === 'OPTIONS') return answerPreflight(req, res);

  const route = findRoute(req.method ?? 'GET', path);
  if (route) return route.route.handler(route.match, req, res, routeCtx);

  try {
    if (req.method !== 'POST' || path !== '/') {
      throw new AwsError('UnknownOperationException', `No route for ${req.method} ${path}.`, 404);
    }
    const body = await readBody(req);
    const { service, operation } = parseTarget(req.headers['x-amz-target']);

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

    const poolId = typeof input.UserPoolId === 'string' ? input.UserPoolId : undefined;
    await applyFaults((poolId && routeCtx.poolFaults.get(poolId)) || routeCtx.config.faults);
    const ctx: RequestContext = {
      service,
      operation,
      requestId,
      region: routeCtx.config.defaultRegion,
      accountId: routeCtx.config.accountId,
      store: routeCtx.store,
      config: routeCtx.config,
      baseUrl: routeCtx.baseUrl,
      now: Date.now() + routeCtx.clockOffsetMs,
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
    // Quotas are the signing account's (per Region): counted once the caller is known.
    enforceQuota(routeCtx.quotaBuckets, routeCtx.config.quotas, ctx, input);
    // An operation the emulator does not implement says so whatever the input.
    const handler = findHandler(service, operation);
    if (!handler) throw notImplemented(operation);
    validateInput(service, operation, input);

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
