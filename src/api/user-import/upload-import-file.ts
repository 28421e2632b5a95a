import { useMutation } from '@tanstack/react-query';
import { UPLOAD_HEADER_NAME, UPLOAD_HEADER_VALUE } from '@/lib/user-import/upload-command';

/** The upload reached S3 (or the emulator) and was refused: S3's code and message. */
export class UploadRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefusedError';
  }
}

/** The upload never got an answer the page may read: no network, or S3 refused its CORS request. */
export class UploadUnreachableError extends Error {
  constructor(cause: unknown) {
    super('The browser could not send the file to the upload URL.', { cause });
    this.name = 'UploadUnreachableError';
  }
}

const xmlField = (xml: string, field: string) =>
  new RegExp(`<${field}>([^<]*)</${field}>`).exec(xml)?.[1];

/** PUTs the CSV file to the job's pre-signed URL with the header it was signed with. */
export async function uploadImportFile(url: string, file: Blob): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'PUT',
      body: file,
      headers: { [UPLOAD_HEADER_NAME]: UPLOAD_HEADER_VALUE },
    });
  } catch (error) {
    throw new UploadUnreachableError(error);
  }
  if (response.ok) return;
  const body = await response.text().catch(() => '');
  const code = xmlField(body, 'Code');
  const message = xmlField(body, 'Message') ?? `The upload was refused (HTTP ${response.status}).`;
  throw new UploadRefusedError(response.status, code, code ? `${code}: ${message}` : message);
}

/** The upload changes no view: the job stays Created until it is started. */
export function useUploadImportFile() {
  return useMutation({
    mutationFn: ({ url, file }: { url: string; file: Blob }) => uploadImportFile(url, file),
  });
}
