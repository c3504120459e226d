import { LOCALES } from '@widerspruch/catalog';
import { describe, expect, it } from 'vitest';
import { CASE_STATE_TEXT } from '../case/labels.js';
import { ALL_CORE_TEXTS } from './all-texts.js';
import { CORE_TEXT_LOADERS, coreText, inEveryLanguage, isCoreTextLoaded } from './core-text.js';

describe('core wording per language', () => {
  it('has a module for every language, each loadable on its own', async () => {
    for (const locale of LOCALES) {
      const text = await CORE_TEXT_LOADERS[locale]();
      expect(text).toBe(ALL_CORE_TEXTS[locale]);
      expect(isCoreTextLoaded(locale)).toBe(true);
      expect(coreText(locale).case.state.draft.length).toBeGreaterThan(3);
    }
  });

  it('words a text in every language only when it is read', () => {
    const read: string[] = [];
    const text = inEveryLanguage((locale) => {
      read.push(locale);
      return locale;
    });
    expect(read).toEqual([]);
    expect(text.pl).toBe('pl');
    expect(read).toEqual(['pl']);
    expect(Object.keys(text)).toEqual([...LOCALES]);
    expect(CASE_STATE_TEXT.overdue.fr).toBe('Délai dépassé');
  });
});
