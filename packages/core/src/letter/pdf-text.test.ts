import { describe, expect, it } from 'vitest';
import type { Letter } from './model.js';
import { blockText, letterDate, lineText, pdfLabels } from './pdf-text.js';

const base = { locale: 'de', date: '2026-11-29' } as Letter;

describe('PDF text helpers', () => {
  it('keeps line breaks in blocks but normalises CR/LF and drops control characters', () => {
    expect(blockText('a\r\nb\rc\u2028d\te\u0000f\u202eg')).toBe('a\nb\nc\nd efg');
    expect(blockText('a\n\n\n\n\nb')).toBe('a\n\nb');
  });

  it('gives very long unbroken runs break opportunities, and leaves normal words alone', () => {
    const broken = blockText('x'.repeat(300));
    expect(broken.replaceAll('\u200b', '')).toBe('x'.repeat(300));
    expect(broken.split('\u200b').map((p) => p.length)).toEqual([120, 120, 60]);
    expect(blockText('https://example.org/datenschutz')).toBe('https://example.org/datenschutz');
  });

  it('collapses one-line fields and caps their length', () => {
    expect(lineText(' Max\r\nMuster\u202emann ')).toBe('Max Mustermann');
    expect(lineText('A'.repeat(10_000)).length).toBe(400);
  });

  it('formats the date as DIN 5008 alphanumeric, with place, and survives a bad date', () => {
    expect(letterDate(base)).toBe('29. November 2026');
    expect(letterDate({ ...base, locale: 'en', place: 'Berlin\r\n' })).toBe(
      'Berlin, 29 November 2026',
    );
    expect(letterDate({ ...base, date: '2026-02-30' })).toBe('2026-02-30');
    expect(letterDate({ ...base, date: 'soon\r\n' })).toBe('soon');
  });

  it('labels pages in the letter language', () => {
    expect(pdfLabels(base).page(2, 3)).toBe('Seite 2 von 3');
    expect(pdfLabels({ ...base, locale: 'en' }).page(2, 3)).toBe('Page 2 of 3');
  });
});
