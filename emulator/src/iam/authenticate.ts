import type { IncomingHttpHeaders } from 'node:http';
import type { Principal, RequestContext } from '../protocol/context.ts';

export interface SignedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * Verifies the request's SigV4 signature against credentials the emulator issued (or the static
 * keys of its config) and returns who signed it. Placeholder until SigV4 lands.
 */
export function authenticate(
  _request: SignedRequest,
  _ctx: Pick<RequestContext, 'store' | 'config' | 'now' | 'service'>,
): { principal: Principal; region: string } {
  return {
    principal: { accessKeyId: 'placeholder', role: 'admin', arn: 'arn:aws:iam::123456789012:root' },
    region: 'us-east-1',
  };
}

/** Throws AccessDeniedException when the principal's role may not call the operation. */
export function authorize(_ctx: RequestContext, _input: Record<string, unknown>): void {}
