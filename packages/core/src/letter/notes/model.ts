import type { Locale } from '@widerspruch/catalog';

/**
 * Why a letter cannot be written now without stating something untrue, as a code. `not-due`
 * and `confirmed` differ by letter kind: a reminder and a complaint claim different things.
 */
export type RefusalCode =
  | 'not-sent'
  | 'no-prior-request'
  | 'not-due-reminder'
  | 'not-due-reminded'
  | 'not-due-complaint'
  | 'answered'
  | 'confirmed-reminder'
  | 'confirmed-complaint'
  | 'asks-for-reason'
  | 'asks-for-id'
  | 'web-form'
  | 'closed'
  | 'complained';

/**
 * Something the apps tell the person about a letter, as a code with parameters; rendered
 * in the person's language by `letterNoteText`.
 */
export type LetterNote =
  /** The letter is refused; `due` (YYYY-MM-DD) for the `not-due-*` codes. */
  | { readonly code: RefusalCode; readonly due?: string }
  /** From 2 April 2027 a complaint follows the objection to the company (Reg. 2025/2518). */
  | { readonly code: 'prior-request' }
  /** The complaint is in the interface language, which the authority accepts. */
  | { readonly code: 'language-interface'; readonly language: Locale }
  /** The complaint is in the language the person chose, which the authority accepts. */
  | { readonly code: 'language-chosen'; readonly language: Locale }
  /** The authority does not take the interface language: the letter is in one it takes. */
  | {
      readonly code: 'language-authority';
      readonly language: Locale;
      readonly accepted: readonly string[];
      readonly interfaceLocale: Locale;
    }
  /** The authority takes none of the letter languages: the letter is in English. */
  | {
      readonly code: 'language-fallback';
      readonly language: Locale;
      readonly accepted: readonly string[];
    }
  /** Label of the same letter in the interface language, shown for reading only. */
  | { readonly code: 'translation'; readonly language: Locale };

/** The code of a letter note. */
export type LetterNoteCode = LetterNote['code'];

/** Helpers a note's wording gets, all in the reader's language. */
export interface NoteWords {
  /** A language's name ("fr" → "Französisch"), from Intl; the code if unknown. */
  readonly language: (code: string) => string;
  /** Languages as "A, B or C". */
  readonly languages: (codes: readonly string[]) => string;
  /** A date (YYYY-MM-DD) written out. */
  readonly date: (iso: string) => string;
  /** The reader's own language, by name. */
  readonly self: string;
}

/** The wording of every letter note in one language. */
export type LetterNotes = {
  readonly [C in LetterNoteCode]: (note: NoteOf<C>, words: NoteWords) => string;
};

/** The note with a given code (members whose code is a union of codes included). */
type NoteOf<C extends LetterNoteCode> = LetterNote extends infer N
  ? N extends { readonly code: infer K }
    ? C extends K
      ? N
      : never
    : never
  : never;
