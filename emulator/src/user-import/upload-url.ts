import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { UserImportJobRecord } from '../store/types.ts';

/** The header the upload must carry, and its value (cognito-user-pools-creating-import-job.html). */
export const REQUIRED_HEADER = 'x-amz-server-side-encryption';
export const REQUIRED_HEADER_VALUE = 'aws:kms';

/** The pre-signed URL lasts 15 minutes. */
export const UPLOAD_URL_SECONDS = 15 * 60;

/** An unguessable signature: whoever holds the URL may upload, as with S3's pre-signed URLs. */
export const newUploadSignature = () => randomBytes(32).toString('hex');

const isoBasic = (epochSeconds: number) =>
  new Date(epochSeconds * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The pre-signed URL in S3's query-string form, served by the emulator itself. */
export function uploadUrlOf(baseUrl: string, job: UserImportJobRecord): string {
  const query = new URLSearchParams({
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Date': isoBasic(job.uploadExpiresAt - UPLOAD_URL_SECONDS),
    'X-Amz-Expires': String(UPLOAD_URL_SECONDS),
    'X-Amz-SignedHeaders': `host;${REQUIRED_HEADER}`,
    'X-Amz-Signature': job.uploadSignature,
  });
  return `${baseUrl}/user-import/${encodeURIComponent(job.UserPoolId)}/${encodeURIComponent(job.JobId)}?${query.toString()}`;
}

/** True when `given` is the signature the job's URL carries. */
export function signatureMatches(job: UserImportJobRecord, given: string): boolean {
  const expected = Buffer.from(job.uploadSignature);
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
