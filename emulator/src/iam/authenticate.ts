import type { IncomingHttpHeaders } from 'node:http';
import type { Principal, RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import { assumedRoleArn, staticUserArn } from './arns.ts';
import { checkScope, headerValue, parseAuthorization, verifySignature } from './sigv4.ts';

export { authorize } from './policies.ts';

export interface SignedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const unrecognizedClient = () =>
  new AwsError(
    'UnrecognizedClientException',
    'The security token included in the request is invalid.',
  );

interface KeyOwner {
  secretAccessKey: string;
  principal: Principal;
}

/** The secret and principal behind an access key, checking the session token and expiry of issued keys. */
function findKey(
  accessKeyId: string,
  sessionToken: string | undefined,
  ctx: Pick<RequestContext, 'store' | 'config' | 'now'>,
): KeyOwner {
  const { accountId } = ctx.config;
  const issued = ctx.store.state.credentials.get(accessKeyId);
  if (issued) {
    if (sessionToken !== issued.sessionToken) throw unrecognizedClient();
    if (issued.expiration * 1000 <= ctx.now) {
      throw new AwsError(
        'ExpiredTokenException',
        'The security token included in the request is expired',
      );
    }
    return {
      secretAccessKey: issued.secretAccessKey,
      principal: { accessKeyId, role: issued.role, arn: assumedRoleArn(accountId, issued.role) },
    };
  }
  const key = ctx.config.staticCredentials.find((c) => c.accessKeyId === accessKeyId);
  // A long-term key carries no session token; one sent with it makes the request invalid.
  if (!key || sessionToken !== undefined) throw unrecognizedClient();
  return {
    secretAccessKey: key.secretAccessKey,
    principal: { accessKeyId, role: key.role, arn: staticUserArn(accountId, key.role) },
  };
}

/**
 * Verifies the request's SigV4 signature against credentials the emulator issued (or the static
 * keys of its config) and returns who signed it and the region of the credential scope.
 */
export function authenticate(
  request: SignedRequest,
  ctx: Pick<RequestContext, 'store' | 'config' | 'now' | 'service'>,
): { principal: Principal; region: string } {
  const authorization = headerValue(request.headers, 'authorization');
  if (!authorization) {
    throw new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  }
  const auth = parseAuthorization(authorization, request.headers);
  checkScope(auth, ctx.service, ctx.now);
  const owner = findKey(
    auth.accessKeyId,
    headerValue(request.headers, 'x-amz-security-token'),
    ctx,
  );
  verifySignature(request, auth, owner.secretAccessKey);
  return { principal: owner.principal, region: auth.region };
}
