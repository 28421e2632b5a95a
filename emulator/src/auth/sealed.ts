import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// SRP secret blocks and challenge sessions are sealed (AES-256-GCM) rather than stored: nothing to
// clean up, and a tampered one fails to open. They do not survive a restart, as they need not.
const key = randomBytes(32);

export function seal(value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function unseal<T>(sealed: string): T | undefined {
  try {
    const bytes = Buffer.from(sealed, 'base64');
    if (bytes.length < 29) return undefined;
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString(
      'utf8',
    );
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
