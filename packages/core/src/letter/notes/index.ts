import { LOCALE_INFO, type Locale } from '@widerspruch/catalog';
import { longDate } from '../../util/date-text.js';
import { letterNotesDe } from './de.js';
import { letterNotesEn } from './en.js';
import { letterNotesEs } from './es.js';
import { letterNotesFr } from './fr.js';
import { letterNotesIt } from './it.js';
import type { LetterNote, LetterNoteCode, LetterNotes, NoteWords } from './model.js';
import { letterNotesNl } from './nl.js';
import { letterNotesPl } from './pl.js';

export type { LetterNote, LetterNoteCode, RefusalCode } from './model.js';

/** The notes' wording in every language. */
const LETTER_NOTES: Readonly<Record<Locale, LetterNotes>> = {
  de: letterNotesDe,
  en: letterNotesEn,
  fr: letterNotesFr,
  es: letterNotesEs,
  it: letterNotesIt,
  nl: letterNotesNl,
  pl: letterNotesPl,
};

/**
 * A note about a letter (a refusal, the complaint's language, …) in the reader's language:
 * the one place the apps get these texts from.
 */
export function letterNoteText(note: LetterNote, locale: Locale): string {
  const render = LETTER_NOTES[locale][note.code] as (n: LetterNote, w: NoteWords) => string;
  return render(note, noteWords(locale));
}

/** The name of a language (an ISO 639-1 code) in the reader's language, else the code. */
export function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([LOCALE_INFO[locale].intl], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function noteWords(locale: Locale): NoteWords {
  const intl = LOCALE_INFO[locale].intl;
  return {
    language: (code) => languageName(code, locale),
    languages: (codes) =>
      new Intl.ListFormat(intl, { type: 'disjunction' }).format(
        codes.map((code) => languageName(code, locale)),
      ),
    // A missing date (a deadline without a known day) is left as an ellipsis, never "Invalid Date".
    date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? longDate(iso, locale) : '…'),
    self: languageName(locale, locale),
  };
}

/** Every note code, for tests that each renders in every language. */
export const LETTER_NOTE_CODES: readonly LetterNoteCode[] = Object.keys(
  letterNotesEn,
) as LetterNoteCode[];
