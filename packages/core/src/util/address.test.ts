import { describe, expect, it } from 'vitest';
import { countryName, formatPostalAddress } from './address.js';

describe('countryName', () => {
  it('names a country in each language, and again from the kept formatter', () => {
    expect(countryName('IE', 'de')).toBe('Irland');
    expect(countryName('IE', 'fr')).toBe('Irlande');
    expect(countryName('IE', 'de')).toBe('Irland');
    expect(countryName('NL', 'pl')).toBe('Holandia');
  });

  it('gives back what is not a region code', () => {
    expect(countryName('not a code', 'en')).toBe('not a code');
  });
});

describe('formatPostalAddress', () => {
  const address = {
    lines: ['4 Grand Canal Square'],
    postalCode: 'D02 X525',
    city: 'Dublin 2',
    country: 'IE',
    sources: [],
  };

  it('writes an Irish address town first and the country in the sender language', () => {
    expect(formatPostalAddress('Meta Platforms Ireland Ltd.', address, 'en')).toEqual([
      'Meta Platforms Ireland Ltd.',
      '4 Grand Canal Square',
      'Dublin 2',
      'D02 X525',
      'IRELAND',
    ]);
  });

  it('writes the postcode before the town elsewhere, and only the name without an address', () => {
    expect(
      formatPostalAddress(
        'X',
        { lines: ['Weg 1'], postalCode: '10115', city: 'Berlin', country: 'DE', sources: [] },
        'de',
      ),
    ).toEqual(['X', 'Weg 1', '10115 Berlin', 'DEUTSCHLAND']);
    expect(formatPostalAddress('X', undefined, 'de')).toEqual(['X']);
  });
});
