/** AWS's limit on the logo file: 100 KB. */
export const maxLogoBytes = 102400;
/** AWS's limit on the whole SetUICustomization request: 135 KB. */
export const maxRequestBytes = 135 * 1024;

export type LogoType = 'image/png' | 'image/jpeg';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image type read from the file's first bytes (its name and declared type prove nothing). */
export function detectLogoType(bytes: Uint8Array): LogoType | null {
  if (pngSignature.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Null when AWS accepts the file as a logo, else why not. */
export function logoProblem(bytes: Uint8Array): string | null {
  if (detectLogoType(bytes) === null) return 'The logo must be a PNG or JPEG image.';
  if (bytes.length > maxLogoBytes) {
    return `The logo is ${bytes.length} bytes; AWS accepts at most 100 KB (${maxLogoBytes} bytes).`;
  }
  return null;
}

function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Length of the Base64 form of `byteLength` bytes: 4 characters per started group of 3 bytes. */
export function base64Length(byteLength: number): number {
  return 4 * Math.ceil(byteLength / 3);
}

export interface UICustomizationRequest {
  UserPoolId: string;
  ClientId?: string;
  CSS?: string;
  /** The logo's size in bytes, before encoding. */
  imageBytes?: number;
}

/**
 * Size in bytes of the SetUICustomization request body. The image travels as a Base64 string
 * inside the JSON body (AWS JSON 1.1 encodes blobs in Base64), so a 100 KB logo weighs about
 * 133 KB there; AWS's 135 KB limit applies to that encoded form, which is why the guide says a
 * 100 KB logo leaves only about 5 KB for the CSS and the rest. The body is measured as the SDK
 * sends it: the JSON text in UTF-8, with the CSS's quotes and newlines escaped. The image's
 * characters are all ASCII, so a placeholder of the same length measures the same.
 */
export function uiCustomizationRequestBytes(request: UICustomizationRequest): number {
  const body: Record<string, string> = { UserPoolId: request.UserPoolId };
  if (request.ClientId !== undefined) body.ClientId = request.ClientId;
  if (request.CSS !== undefined) body.CSS = request.CSS;
  if (request.imageBytes !== undefined)
    body.ImageFile = 'A'.repeat(base64Length(request.imageBytes));
  return new TextEncoder().encode(JSON.stringify(body)).length;
}

/** Null when the request fits AWS's 135 KB, else the message AWS's console shows. */
export function requestSizeProblem(request: UICustomizationRequest): string | null {
  const bytes = uiCustomizationRequestBytes(request);
  return bytes > maxRequestBytes
    ? `Request parameters too large: ${formatKb(bytes)} with the logo in Base64; AWS accepts at most 135 KB. Use a smaller logo or shorter CSS.`
    : null;
}
