import { LOCALE_INFO, type Locale } from '@widerspruch/catalog';
import { letterTextDe } from './de.js';
import { letterTextEn } from './en.js';
import { letterTextEs } from './es.js';
import { letterTextFr } from './fr.js';
import { letterTextIt } from './it.js';
import type { LetterText } from './model.js';
import { letterTextNl } from './nl.js';
import { letterTextPl } from './pl.js';

export type { LetterText } from './model.js';

/** The letters' wording in every language. */
export const LETTER_TEXT: Readonly<Record<Locale, LetterText>> = {
  de: letterTextDe,
  en: letterTextEn,
  fr: letterTextFr,
  es: letterTextEs,
  it: letterTextIt,
  nl: letterTextNl,
  pl: letterTextPl,
};

const formats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A calendar date (YYYY-MM-DD) in a letter's running text, written out in its language
 * ("10. März 2026", "10 March 2026", "10 mars 2026", "10 marca 2026"). The formatter is made
 * once per language: creating one costs about a millisecond.
 */
export function letterLongDate(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(locale, format);
  }
  return format.format(new Date(`${iso}T12:00:00Z`));
}
