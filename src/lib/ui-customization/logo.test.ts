import { describe, expect, it } from 'vitest';
import {
  base64Length,
  detectLogoType,
  logoProblem,
  maxLogoBytes,
  maxRequestBytes,
  requestSizeProblem,
  uiCustomizationRequestBytes,
} from './logo';

const png = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};
const jpeg = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
};

describe('logo checks', () => {
  it('recognises PNG and JPEG by their first bytes', () => {
    expect(detectLogoType(png(100))).toBe('image/png');
    expect(detectLogoType(jpeg(100))).toBe('image/jpeg');
    expect(detectLogoType(new TextEncoder().encode('GIF89a....'))).toBeNull();
    expect(
      detectLogoType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeNull();
    expect(detectLogoType(new Uint8Array())).toBeNull();
  });

  it('accepts up to 100 KB and refuses more or another type', () => {
    expect(logoProblem(png(maxLogoBytes))).toBeNull();
    expect(logoProblem(jpeg(maxLogoBytes + 1))).toBe(
      'The logo is 102401 bytes; AWS accepts at most 100 KB (102400 bytes).',
    );
    expect(logoProblem(new TextEncoder().encode('GIF89a'))).toBe(
      'The logo must be a PNG or JPEG image.',
    );
  });
});

describe('request size', () => {
  it('counts the image in its Base64 form', () => {
    expect(base64Length(0)).toBe(0);
    expect(base64Length(1)).toBe(4);
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
    expect(base64Length(maxLogoBytes)).toBe(136536);
  });

  it('measures the JSON body the SDK sends', () => {
    const request = { UserPoolId: 'eu-west-1_abc', ClientId: 'ALL', CSS: '.a{}\n"', imageBytes: 3 };
    expect(uiCustomizationRequestBytes(request)).toBe(
      JSON.stringify({
        UserPoolId: 'eu-west-1_abc',
        ClientId: 'ALL',
        CSS: '.a{}\n"',
        ImageFile: 'AAAA',
      }).length,
    );
  });

  it('a 100 KB logo leaves about 1.6 KB for the rest, as AWS’s guide warns', () => {
    const base = { UserPoolId: 'eu-west-1_abc', ClientId: 'ALL', imageBytes: maxLogoBytes };
    expect(requestSizeProblem({ ...base, CSS: 'x'.repeat(1500) })).toBeNull();
    expect(requestSizeProblem({ ...base, CSS: 'x'.repeat(3000) })).toMatch(
      /^Request parameters too large/,
    );
    expect(uiCustomizationRequestBytes({ ...base, CSS: 'x'.repeat(3000) })).toBeGreaterThan(
      maxRequestBytes,
    );
  });
});
