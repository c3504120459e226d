import { describe, expect, it } from 'vitest';
import {
  LOCALE_INFO,
  LOCALES,
  localText,
  matchLocale,
  pluralCategory,
  textLocale,
} from './locales.js';

describe('locale registry', () => {
  it('has an entry for every language, each with a working Intl tag', () => {
    expect(Object.keys(LOCALE_INFO).sort()).toEqual([...LOCALES].sort());
    for (const l of LOCALES) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([LOCALE_INFO[l].intl])).toHaveLength(1);
    }
  });

  it('matches browser and environment tags to a supported language, in order', () => {
    expect(matchLocale(['pt-BR', 'fr-CA', 'de'])).toBe('fr');
    expect(matchLocale(['pl_PL.UTF-8'])).toBe('pl');
    expect(matchLocale(['C.UTF-8', 'pt'])).toBeUndefined();
  });

  it('uses the plural rules of each language', () => {
    expect(pluralCategory('pl', 5)).toBe('many');
    expect(pluralCategory('fr', 0)).toBe('one');
    expect(pluralCategory('de', 0)).toBe('other');
  });

  it('shows a translation where there is one, otherwise English', () => {
    const text = { de: 'Hallo', en: 'Hello', fr: 'Bonjour' };
    expect(localText(text, 'fr')).toBe('Bonjour');
    expect(textLocale(text, 'fr')).toBe('fr');
    expect(localText(text, 'pl')).toBe('Hello');
    expect(textLocale(text, 'pl')).toBe('en');
    expect(localText(text, 'de')).toBe('Hallo');
  });
});
