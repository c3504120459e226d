import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.js';
import { EXCERPT_LENGTH, excerpt, isOwnExcerpt, isoFromMillis, isoFromSeconds } from './text.js';

describe('excerpt', () => {
  it('flattens white space and control characters', () => {
    expect(excerpt(' a\n\tb \u001b[31mred\u0007 ')).toBe('a b [31mred');
    expect(excerpt('  \n ')).toBeUndefined();
    expect(excerpt(undefined)).toBeUndefined();
  });

  it('cuts at 200 code units without splitting an emoji (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 150, maxLength: 400 }), (s) => {
        const e = excerpt(s);
        if (e === undefined) return true;
        const last = e.charCodeAt(e.length - 2);
        return e.length <= EXCERPT_LENGTH && !(e.endsWith('…') && last >= 0xd800 && last <= 0xdbff);
      }),
    );
    expect(excerpt('😀'.repeat(150))).toHaveLength(199);
  });

  it('knows a text that is its own excerpt, with nothing to repair (property)', () => {
    const chars = fc.constantFrom(
      ' ',
      'a',
      'Z',
      '"',
      '~',
      '\u007f',
      '\u0000',
      'é',
      '\u00c3',
      '😀',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 210 }), (parts) => {
        const text = parts.join('');
        if (!isOwnExcerpt(text)) return;
        expect(excerpt(text)).toBe(text);
        expect(repairMojibake(text)).toBe(text);
      }),
      { numRuns: 3000 },
    );
    expect(isOwnExcerpt('plain text, #1')).toBe(true);
    for (const text of ['', ' a', 'a ', 'a  b', 'Grüße', 'a\tb', 'x'.repeat(EXCERPT_LENGTH + 1)])
      expect(isOwnExcerpt(text)).toBe(false);
  });

  it('cleans exactly what a plain replace would (property)', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the reference definition.
    const unshown = /[\s\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;
    const chars = fc.constantFrom(
      ' ',
      'a',
      'ü',
      '\n',
      '\t',
      '\u00a0',
      '\u0085',
      '\u202e',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\u0007',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (list) => {
        const s = list.join('');
        const flat = s.replace(unshown, ' ').trim();
        expect(excerpt(s)).toBe(flat === '' ? undefined : flat);
      }),
      { numRuns: 1000 },
    );
  });

  it('marks a text that was already cut', () => {
    expect(excerpt('short', true)).toBe('short…');
    expect(excerpt('short', false)).toBe('short');
  });
});

describe('dates', () => {
  it('reads Unix seconds and rejects absurd values', () => {
    expect(isoFromSeconds(1_700_000_000)).toBe('2023-11-14T22:13:20.000Z');
    expect(isoFromSeconds(1e20)).toBeUndefined();
    expect(isoFromSeconds(0)).toBeUndefined();
    expect(isoFromSeconds('1700000000')).toBeUndefined();
    expect(isoFromMillis(Number.NaN)).toBeUndefined();
  });

  it('writes the same timestamps as Date#toISOString from 1990 to 2100', () => {
    const first = Date.UTC(1990, 0, 1);
    const last = Date.UTC(2100, 0, 1) - 1;
    const step = 86_400_000 * 37 + 3_723_456.7; // crosses months, leap days and times of day
    for (let ms = first; ms <= last; ms += step) {
      expect(isoFromMillis(ms)).toBe(new Date(Math.floor(ms)).toISOString());
      expect(isoFromMillis(ms + 999.9)).toBe(new Date(Math.floor(ms + 999.9)).toISOString());
    }
    for (const ms of [first, last, Date.UTC(2000, 1, 29, 23, 59, 59, 999), 1_700_000_000_123]) {
      expect(isoFromMillis(ms)).toBe(new Date(ms).toISOString());
    }
    expect(isoFromMillis(first - 1)).toBeUndefined();
    expect(isoFromMillis(last + 1)).toBeUndefined();
  });
});
