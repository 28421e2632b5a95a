import { describe, expect, it } from 'vitest';
import { logoDataUrl } from './logo-data-url';

describe('logoDataUrl', () => {
  it('encodes a PNG as a data URL of its type', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]);
    expect(logoDataUrl(png)).toBe(`data:image/png;base64,${btoa(String.fromCharCode(...png))}`);
  });

  it('encodes a large JPEG whole', () => {
    const jpeg = new Uint8Array(100_000).map((_, i) => i % 256);
    jpeg.set([0xff, 0xd8, 0xff]);
    const url = logoDataUrl(jpeg)!;
    expect(url.startsWith('data:image/jpeg;base64,')).toBe(true);
    const decoded = Uint8Array.from(atob(url.split(',')[1]!), (c) => c.charCodeAt(0));
    expect(decoded).toEqual(jpeg);
  });

  it('refuses bytes that are neither PNG nor JPEG', () => {
    expect(logoDataUrl(new TextEncoder().encode('<svg/>'))).toBeNull();
  });
});
