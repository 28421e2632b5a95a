import { describe, expect, it } from 'vitest';
import './zod-config';
import * as z from 'zod/mini';

describe('zod config', () => {
  it('is jitless, so no validator asks for eval under the CSP', () => {
    expect(z.config().jitless).toBe(true);
  });
});
