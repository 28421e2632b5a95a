import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { AwsError } from '../protocol/errors.ts';

export const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 5 * 60 * 1000;

export interface SignedRequestParts {
  method: string;
  /** Path and query as received (`req.url`). */
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  terminator: string;
  signedHeaders: string[];
  signature: string;
  /** x-amz-date (or Date) in ISO-8601 basic format. */
  amzDate: string;
}

const incomplete = (message: string) => new AwsError('IncompleteSignatureException', message);
export const invalidSignature = (
  message = 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
) => new AwsError('InvalidSignatureException', message);

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(',') : value;
}

/** `20240102T030405Z`; AWS compares and prints dates in this form. */
export function basicIsoDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function parseBasicIsoDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
}

/**
 * Splits the Authorization header into its parts, throwing IncompleteSignatureException the way
 * AWS words it when a part is missing or malformed.
 */
export function parseAuthorization(
  authorization: string,
  headers: IncomingHttpHeaders,
): ParsedAuthorization {
  const params: Record<string, string> = {};
  const rest = authorization.startsWith(`${ALGORITHM} `)
    ? authorization.slice(ALGORITHM.length + 1)
    : '';
  for (const part of rest.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) params[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  const xAmzDate = headerValue(headers, 'x-amz-date');
  const httpDate = headerValue(headers, 'date');
  const problems: string[] = [];
  if (!params.Credential) problems.push("Authorization header requires 'Credential' parameter.");
  if (!params.Signature) problems.push("Authorization header requires 'Signature' parameter.");
  if (!params.SignedHeaders) {
    problems.push("Authorization header requires 'SignedHeaders' parameter.");
  }
  if (!xAmzDate && !httpDate) {
    problems.push(
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  }
  if (problems.length > 0) {
    throw incomplete(`${problems.join(' ')} Authorization=${authorization}`);
  }

  const credential = params.Credential!;
  const scope = credential.split('/');
  if (scope.length !== 5) {
    throw incomplete(
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
    );
  }
  const [accessKeyId = '', date = '', region = '', service = '', terminator = ''] = scope;

  let amzDate = xAmzDate;
  if (!amzDate) {
    const parsed = Date.parse(httpDate!);
    amzDate = Number.isNaN(parsed) ? httpDate! : basicIsoDate(parsed);
  }
  if (parseBasicIsoDate(amzDate) === undefined) {
    throw incomplete(
      `Date must be in ISO-8601 'basic format'. Got '${amzDate}'. See http://en.wikipedia.org/wiki/ISO_8601`,
    );
  }

  return {
    accessKeyId,
    date,
    region,
    service,
    terminator,
    signedHeaders: params.SignedHeaders!.split(';').map((h) => h.trim().toLowerCase()),
    signature: params.Signature!,
    amzDate,
  };
}

/** The checks AWS makes on the scope and the clock before it looks at the key. */
export function checkScope(auth: ParsedAuthorization, service: string, now: number): void {
  const signedAt = parseBasicIsoDate(auth.amzDate)!;
  if (signedAt < now - MAX_SKEW_MS) {
    throw invalidSignature(
      `Signature expired: ${auth.amzDate} is now earlier than ${basicIsoDate(now - MAX_SKEW_MS)} (${basicIsoDate(now)} - 5 min.)`,
    );
  }
  if (signedAt > now + MAX_SKEW_MS) {
    throw invalidSignature(
      `Signature not yet current: ${auth.amzDate} is still later than ${basicIsoDate(now + MAX_SKEW_MS)} (${basicIsoDate(now)} + 5 min.)`,
    );
  }
  if (auth.date !== auth.amzDate.slice(0, 8)) {
    throw invalidSignature(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.date}' != '${auth.amzDate.slice(0, 8)}', from '${auth.amzDate}'.`,
    );
  }
  if (auth.service !== service) {
    throw invalidSignature(`Credential should be scoped to correct service: '${service}'. `);
  }
  if (auth.terminator !== 'aws4_request') {
    throw invalidSignature(
      `Credential should be scoped with a valid terminator: 'aws4_request', not '${auth.terminator}'. `,
    );
  }
  if (!auth.signedHeaders.includes('host')) {
    throw incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
}

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** RFC 3986 encoding as the AWS SDKs do it (encodeURIComponent leaves !'()* alone). */
function escapeUri(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function canonicalPath(rawPath: string): string {
  const segments: string[] = [];
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const path = `/${segments.join('/')}${segments.length > 0 && rawPath.endsWith('/') ? '/' : ''}`;
  // Services other than S3 encode the path twice: once on the wire, once in the canonical form.
  return escapeUri(path).replace(/%2F/g, '/');
}

function canonicalQuery(rawQuery: string): string {
  const pairs: string[] = [];
  for (const [key, value] of new URLSearchParams(rawQuery)) {
    if (key.toLowerCase() === 'x-amz-signature') continue;
    pairs.push(`${escapeUri(key)}=${escapeUri(value)}`);
  }
  return pairs.sort().join('&');
}

/** Hex SHA-256 of the body, or the x-amz-content-sha256 the client signed (checked against the body). */
function payloadHash(request: SignedRequestParts): string {
  const actual = sha256Hex(request.body);
  const declared = headerValue(request.headers, 'x-amz-content-sha256');
  if (declared === undefined || declared === 'UNSIGNED-PAYLOAD') return declared ?? actual;
  if (declared !== actual) throw invalidSignature();
  return declared;
}

export function canonicalRequest(request: SignedRequestParts, signedHeaders: string[]): string {
  const [rawPath = '/', rawQuery = ''] = request.path.split('?', 2);
  const headerLines = signedHeaders.map((name) => {
    const value = headerValue(request.headers, name) ?? '';
    return `${name}:${value.trim().replace(/\s+/g, ' ')}\n`;
  });
  return [
    request.method.toUpperCase(),
    canonicalPath(rawPath),
    canonicalQuery(rawQuery),
    headerLines.join(''),
    signedHeaders.join(';'),
    payloadHash(request),
  ].join('\n');
}

const signingKeys = new Map<string, Buffer>();

function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  const cacheKey = `${secret}/${date}/${region}/${service}`;
  let key = signingKeys.get(cacheKey);
  if (!key) {
    const kDate = createHmac('sha256', `AWS4${secret}`).update(date).digest();
    const kRegion = createHmac('sha256', kDate).update(region).digest();
    const kService = createHmac('sha256', kRegion).update(service).digest();
    key = createHmac('sha256', kService).update('aws4_request').digest();
    if (signingKeys.size > 1000) signingKeys.clear();
    signingKeys.set(cacheKey, key);
  }
  return key;
}

/** Recomputes the signature with the key's secret; throws InvalidSignatureException on mismatch. */
export function verifySignature(
  request: SignedRequestParts,
  auth: ParsedAuthorization,
  secretAccessKey: string,
): void {
  const scope = `${auth.date}/${auth.region}/${auth.service}/${auth.terminator}`;
  const stringToSign = [
    ALGORITHM,
    auth.amzDate,
    scope,
    sha256Hex(canonicalRequest(request, auth.signedHeaders)),
  ].join('\n');
  const expected = createHmac(
    'sha256',
    signingKey(secretAccessKey, auth.date, auth.region, auth.service),
  )
    .update(stringToSign)
    .digest();
  const given = Buffer.from(auth.signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw invalidSignature();
  }
}
