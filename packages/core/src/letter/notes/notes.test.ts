import { LOCALES, type Locale } from '@widerspruch/catalog';
import { describe, expect, it } from 'vitest';
import { LETTER_NOTE_CODES, type LetterNote, letterNoteText } from './index.js';

/** One note of each code, with parameters. */
function sample(code: LetterNote['code']): LetterNote {
  switch (code) {
    case 'language-interface':
    case 'language-chosen':
    case 'translation':
      return { code, language: 'fr' };
    case 'language-authority':
      return { code, language: 'nl', accepted: ['fr', 'nl', 'de'], interfaceLocale: 'pl' };
    case 'language-fallback':
      return { code, language: 'en', accepted: ['sv'] };
    default:
      return { code, due: '2026-04-10' };
  }
}

/** April in each language, as a date in running text names it. */
const APRIL: Readonly<Record<Locale, string>> = {
  de: '10. April 2026',
  en: '10 April 2026',
  fr: '10 avril 2026',
  es: '10 de abril de 2026',
  it: '10 aprile 2026',
  nl: '10 april 2026',
  pl: '10 kwietnia 2026',
};

describe('letterNoteText', () => {
  it.each(LOCALES)('words every note in %s, with its parameters and no placeholder', (locale) => {
    const texts = new Set<string>();
    for (const code of LETTER_NOTE_CODES) {
      const text = letterNoteText(sample(code), locale);
      expect(text, code).not.toMatch(/\$\{|undefined|\[object|NaN|…/);
      expect(text.length, code).toBeGreaterThan(40);
      if (code.startsWith('not-due')) expect(text, code).toContain(APRIL[locale]);
      texts.add(text);
    }
    // No two codes share a text: each says something of its own.
    expect(texts.size).toBe(LETTER_NOTE_CODES.length);
  });

  it('names the languages in the reader’s language', () => {
    const note = sample('language-authority');
    expect(letterNoteText(note, 'de')).toContain('Französisch, Niederländisch oder Deutsch');
    expect(letterNoteText(note, 'fr')).toContain('français, néerlandais ou allemand');
    expect(letterNoteText(note, 'pl')).toContain('francuski, niderlandzki lub niemiecki');
  });

  it('never prints "Invalid Date" for a deadline without a known day', () => {
    expect(letterNoteText({ code: 'not-due-reminder' }, 'de')).toContain('bis zum …;');
  });
});
