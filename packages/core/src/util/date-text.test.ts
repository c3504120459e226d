import { LOCALE_INFO, LOCALES } from '@widerspruch/catalog';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longDate, longDateOf } from './date-text.js';

const isoDay = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

function plainIntl(iso: string, tag: string): string {
  return new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T12:00:00Z`));
}

describe('longDate', () => {
  it('writes each language its usual way', () => {
    expect(longDate('2026-04-01', 'de')).toBe('1. April 2026');
    expect(longDate('2026-04-01', 'en')).toBe('1 April 2026');
    expect(longDate('2026-04-01', 'fr')).toBe('1er avril 2026');
    expect(longDate('2026-04-01', 'pl')).toBe('1 kwietnia 2026 r.');
    expect(longDate('2026-04-10', 'pl')).toBe('10 kwietnia 2026 r.');
  });

  it('writes only the first of a month as an ordinal in French', () => {
    expect(longDate('2026-04-02', 'fr')).toBe('2 avril 2026');
    expect(longDate('2026-04-11', 'fr')).toBe('11 avril 2026');
    expect(longDate('2026-04-21', 'fr')).toBe('21 avril 2026');
    expect(longDate('2026-01-31', 'fr')).toBe('31 janvier 2026');
    fc.assert(
      fc.property(isoDay, (iso) => {
        const plain = plainIntl(iso, LOCALE_INFO.fr.intl);
        const expected = iso.endsWith('-01') ? plain.replace(/^1 /, '1er ') : plain;
        expect(longDate(iso, 'fr')).toBe(expected);
      }),
    );
  });

  it('closes every Polish date with "r." and leaves the other languages as Intl writes them', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        expect(longDate(iso, 'pl')).toBe(`${plainIntl(iso, LOCALE_INFO.pl.intl)} r.`);
        for (const l of LOCALES.filter((x) => x !== 'fr' && x !== 'pl'))
          expect(longDate(iso, l)).toBe(plainIntl(iso, LOCALE_INFO[l].intl));
      }),
      { numRuns: 50 },
    );
  });
});

describe('longDateOf', () => {
  it('takes the day in the time zone given', () => {
    const lateOnMarch31 = new Date('2026-03-31T23:30:00Z');
    expect(longDateOf(lateOnMarch31, 'fr', 'UTC')).toBe('31 mars 2026');
    expect(longDateOf(lateOnMarch31, 'fr', 'Europe/Paris')).toBe('1er avril 2026');
    expect(longDateOf(lateOnMarch31, 'pl', 'Europe/Warsaw')).toBe('1 kwietnia 2026 r.');
  });
});
