import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake, repairMojibakeHead, toMojibake } from './mojibake.js';

describe('repairMojibake', () => {
  it('decodes UTF-8 bytes written as characters', () => {
    expect(repairMojibake('Gr\u00c3\u00bc\u00c3\u009fe')).toBe('Grüße');
    expect(repairMojibake('\u00f0\u009f\u0098\u0080')).toBe('😀');
    expect(repairMojibake(toMojibake('Straße in Köln 😀 東京'))).toBe('Straße in Köln 😀 東京');
  });

  it('leaves correct text alone', () => {
    for (const text of [
      'Grüße',
      'plain ASCII',
      'café',
      '😀 emoji',
      '東京',
      'Ã alone',
      'Ã©t€',
      '',
    ]) {
      expect(repairMojibake(text)).toBe(text);
    }
  });

  it('round-trips any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => repairMojibake(toMojibake(s)) === s),
    );
  });

  it('never changes a string with a character above U+00FF (property)', () => {
    const wide = fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\u20ac${b}`);
    fc.assert(fc.property(wide, (s) => repairMojibake(s) === s));
  });

  it('never changes ASCII (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (s) => repairMojibake(s) === s));
  });
});

describe('repairMojibake against TextDecoder', () => {
  it('accepts exactly the byte strings a strict UTF-8 decoder accepts (property)', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const bytes = fc.uint8Array({ maxLength: 12 }).map((b) => [...b, 0xc3, 0xa4]);
    fc.assert(
      fc.property(
        fc.oneof(
          bytes,
          fc.uint8Array({ maxLength: 12 }).map((b) => [...b]),
        ),
        (list) => {
          const text = String.fromCharCode(...list);
          let expected = text;
          try {
            if (list.some((b) => b >= 0x80)) expected = decoder.decode(new Uint8Array(list));
          } catch {
            expected = text;
          }
          return repairMojibake(text) === expected;
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('repairMojibakeHead', () => {
  it('repairs the start of a long text, cut between characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.nat(60), (s, max) => {
        const { text, cut } = repairMojibakeHead(toMojibake(s), max);
        expect(s.startsWith(text)).toBe(true);
        if (cut) expect(text.length).toBeGreaterThanOrEqual(max);
        else expect(text).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves correct text alone, long or short', () => {
    const long = `${'Grüße '.repeat(100)}😀`;
    expect(repairMojibakeHead(long, 10)).toEqual({ text: long.slice(0, 40), cut: true });
    expect(repairMojibakeHead('café', 10)).toEqual({ text: 'café', cut: false });
  });
});
