/** The header S3 requires on the upload: the pre-signed URL is signed with it. */
export const UPLOAD_HEADER_NAME = 'x-amz-server-side-encryption';
export const UPLOAD_HEADER_VALUE = 'aws:kms';

/** A word for a POSIX shell: in single quotes, each single quote written '\''. */
export const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** The command that uploads the file where the browser could not (S3 refuses its CORS request). */
export function curlUploadCommand(fileName: string, url: string): string {
  return `curl --upload-file ${shellQuote(fileName)} -H ${shellQuote(`${UPLOAD_HEADER_NAME}:${UPLOAD_HEADER_VALUE}`)} ${shellQuote(url)}`;
}
