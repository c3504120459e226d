import type { Locale } from '@widerspruch/catalog';
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
