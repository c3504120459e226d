import { LOCALES, type Locale } from '@widerspruch/catalog';
import { letterCliDe } from './de.js';
import { letterCliEn } from './en.js';
import { letterCliEs } from './es.js';
import { letterCliFr } from './fr.js';
import { letterCliIt } from './it.js';
import type { LetterCliText } from './model.js';
import { letterCliNl } from './nl.js';
import { letterCliPl } from './pl.js';

/** `widerspruch letter` in every language. */
export const LETTER_CLI_TEXT: Readonly<Record<Locale, LetterCliText>> = {
  de: letterCliDe,
  en: letterCliEn,
  fr: letterCliFr,
  es: letterCliEs,
  it: letterCliIt,
  nl: letterCliNl,
  pl: letterCliPl,
};

/** One message in every language, for errors that the CLI prints in the person's language. */
export function inEveryLanguage(
  word: (text: LetterCliText, locale: Locale) => string,
): Readonly<Record<Locale, string>> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, word(LETTER_CLI_TEXT[locale], locale)]),
  ) as Record<Locale, string>;
}
