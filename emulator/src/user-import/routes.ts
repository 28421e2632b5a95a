import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { registerRoute } from '../protocol/routes.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { MAX_FILE_BYTES } from './runner.ts';
import { REQUIRED_HEADER, REQUIRED_HEADER_VALUE, signatureMatches } from './upload-url.ts';

/** Beyond this the emulator stops reading (S3 itself takes up to 5 GB; Cognito's limit is 100 MB). */
const MAX_UPLOAD_BYTES = 2 * MAX_FILE_BYTES;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An error in S3's XML shape. */
function sendS3Error(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
): void {
  const fields = Object.entries({ Code: code, Message: message, ...extra, RequestId: randomUUID() })
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join('');
  res
    .writeHead(status, { 'Content-Type': 'application/xml' })
    .end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error>${fields}</Error>`);
}

const signatureDoesNotMatch = (res: ServerResponse) =>
  sendS3Error(
    res,
    403,
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  );

async function readUpload(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const isoSeconds = (epochSecondsValue: number) =>
  new Date(epochSecondsValue * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The pre-signed URL CreateUserImportJob hands out: PUT the CSV with
 * `x-amz-server-side-encryption: aws:kms` within 15 minutes. As S3 answers: without that header
 * (it is one of the signed headers) the signature does not match; after expiry, AccessDenied
 * "Request has expired". The file is durable before the 200.
 */
registerRoute('PUT', /^\/user-import\/([^/]+)\/([^/]+)$/, async (match, req, res, ctx) => {
  const query = new URL(req.url ?? '/', 'http://emulator').searchParams;
  const pool = ctx.store.state.userPools.get(decodeURIComponent(match[1]!));
  const job = pool?.importJobs.get(decodeURIComponent(match[2]!));
  if (!pool || !job || !signatureMatches(job, query.get('X-Amz-Signature') ?? '')) {
    req.resume();
    return signatureDoesNotMatch(res);
  }
  const now = epochSeconds(Date.now());
  if (now > job.uploadExpiresAt) {
    req.resume();
    return sendS3Error(res, 403, 'AccessDenied', 'Request has expired', {
      'X-Amz-Expires': '900',
      Expires: isoSeconds(job.uploadExpiresAt),
      ServerTime: isoSeconds(now),
    });
  }
  if (req.headers[REQUIRED_HEADER] !== REQUIRED_HEADER_VALUE) {
    req.resume();
    return signatureDoesNotMatch(res);
  }
  const body = await readUpload(req);
  if (!body) {
    return sendS3Error(
      res,
      400,
      'EntityTooLarge',
      'Your proposed upload exceeds the maximum allowed size',
    );
  }
  // A file sent again before the job starts replaces the first, as a second PUT to S3 does; once
  // the job has started, Cognito no longer reads it.
  if (job.Status === 'Created') {
    try {
      await ctx.store.write(() => {
        pool.importFiles.set(job.JobId, { JobId: job.JobId, csv: body.toString('utf8') });
        ctx.store.touch('importFiles', pool.pool.Id, job.JobId);
      });
    } catch {
      return sendS3Error(
        res,
        500,
        'InternalError',
        'We encountered an internal error. Please try again.',
      );
    }
  }
  res
    .writeHead(200, {
      ETag: `"${createHash('md5').update(body).digest('hex')}"`,
      [REQUIRED_HEADER]: REQUIRED_HEADER_VALUE,
    })
    .end();
});
