import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64.js';

describe('base64', () => {
  it('matches the platform encoder and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });

  it('matches the platform encoder across chunk boundaries (24 576 bytes each)', () => {
    for (const size of [24_575, 24_576, 24_577, 49_154, 100_001]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 7919 + 13) % 256);
      const text = encodeBase64(bytes);
      expect(text, String(size)).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(text), String(size)).toEqual(bytes);
    }
  });

  it('refuses text that is not base64', () => {
    expect(decodeBase64('abc')).toBeUndefined();
    expect(decodeBase64('ab!d')).toBeUndefined();
  });
});
