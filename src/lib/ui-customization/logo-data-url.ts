import { detectLogoType } from './logo';

/**
 * A logo's bytes as a data URL, for the preview: the console's pages may show `data:` images and
 * nothing from elsewhere. Null when the bytes are not a PNG or JPEG.
 */
export function logoDataUrl(bytes: Uint8Array): string | null {
  const type = detectLogoType(bytes);
  if (!type) return null;
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return `data:${type};base64,${btoa(binary)}`;
}
