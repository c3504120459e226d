import { describe, expect, it } from 'vitest';
import { decodeEntryText } from './entry-reader.js';
import { ScanFailure } from './problems.js';

const encode = (s: string) => new TextEncoder().encode(s);

describe('decodeEntryText', () => {
  it('decodes UTF-8, including a real replacement character', () => {
    expect(decodeEntryText(encode('{"a":"Grüße 😀"}'), 'x.json')).toBe('{"a":"Grüße 😀"}');
    expect(decodeEntryText(encode('["\uFFFD"]'), 'x.json')).toBe('["\uFFFD"]');
  });

  it('refuses invalid UTF-8, also next to a real replacement character', () => {
    for (const bytes of [
      Uint8Array.of(0x22, 0xc3, 0x22),
      Uint8Array.of(...encode('"\uFFFD"'), 0xff),
      Uint8Array.of(0xed, 0xa0, 0x80),
    ]) {
      expect(() => decodeEntryText(bytes, 'x.json')).toThrow(ScanFailure);
    }
  });
});
