import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metaJson } from '../test/meta-json.js';
import { repairMojibakeJson } from './mojibake-json.js';

const repaired = (json: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(
    repairMojibakeJson(new TextEncoder().encode(json)),
  );

describe('repairMojibakeJson', () => {
  it('turns escaped UTF-8 bytes into the characters they spell', () => {
    expect(
      JSON.parse(repaired('{"t":"Gr\\u00c3\\u00bc\\u00c3\\u009fe \\u00f0\\u009f\\u0098\\u0080"}')),
    ).toEqual({ t: 'Grüße 😀' });
    expect(JSON.parse(repaired('["K\\u00C3\\u00B6ln"]'))).toEqual(['Köln']);
  });

  it('leaves correct text alone', () => {
    for (const json of [
      '"caf\\u00e9"',
      '"Grüße 😀"',
      '"\\\\u00c3\\\\u00bc"',
      '"\\u20ac \\u00e2\\u0082"',
      '"\\u00ed\\u00a0\\u0080"',
      '[1,2]',
    ]) {
      expect(repaired(json)).toBe(json);
    }
    expect(JSON.parse(repaired('"\\\\\\u00c3\\u00bc"'))).toBe('\\ü');
  });

  it('restores any value written the way Meta writes it (property)', () => {
    const value = fc.jsonValue({ maxDepth: 3 }).map((v) => ({ v, s: 'ü' }));
    fc.assert(
      fc.property(value, fc.string({ unit: 'grapheme' }), (v, s) => {
        const input = { ...v, s };
        expect(JSON.parse(repaired(metaJson(input)))).toEqual(JSON.parse(JSON.stringify(input)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('repairMojibakeJson at the edges', () => {
  it('copes with a trailing backslash or cut escape', () => {
    for (const text of ['"a\\', '"\\u00c3', '"\\u00c3\\u00', '\\', '"x\\u00c3\\u00bc']) {
      const bytes = new TextEncoder().encode(text);
      expect(() => repairMojibakeJson(bytes)).not.toThrow();
    }
    expect(
      new TextDecoder().decode(repairMojibakeJson(new TextEncoder().encode('"x\\u00c3\\u00bc'))),
    ).toBe('"xü');
  });
});
