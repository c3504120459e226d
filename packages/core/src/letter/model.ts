import type { Locale } from '@widerspruch/catalog';

/** Kinds of letters Widerspruch writes. */
export const LETTER_KINDS = [
  'objection',
  'reminder',
  'complaint',
  'erasure',
  'access',
  'dossier',
] as const;

/** A kind of letter. */
export type LetterKind = (typeof LETTER_KINDS)[number];

/** A person or organisation with a postal address, as printed in the address field. */
export interface LetterParty {
  /** Name lines, e.g. ["Meta Platforms Ireland Limited", "z. Hd. Datenschutzbeauftragte/r"]. */
  readonly name: readonly string[];
  /** Street, postcode and town, country: one entry per printed line. */
  readonly address: readonly string[];
  readonly email?: string;
}

/** A block of the letter body. */
export type LetterBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'heading'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

/**
 * One letter, independent of how it is rendered (plain text, e-mail, mailto, PDF in
 * DIN 5008 layout). All strings are plain text; renderers escape them for their medium.
 */
export interface Letter {
  readonly kind: LetterKind;
  readonly locale: Locale;
  readonly sender: LetterParty;
  readonly recipient: LetterParty;
  /** Place for the date line, e.g. "Berlin" (optional). */
  readonly place?: string;
  /** The letter's date, YYYY-MM-DD. */
  readonly date: string;
  readonly subject: string;
  /** Reference line items shown in the information block (e.g. account, our reference). */
  readonly references: readonly { readonly label: string; readonly value: string }[];
  readonly salutation: string;
  readonly body: readonly LetterBlock[];
  readonly closing: string;
  /** The typed name under the signature space. */
  readonly signature: string;
  readonly enclosures: readonly string[];
}

/** The case event that sending a letter of this kind records (none for the dossier). */
export const LETTER_EVENT: Readonly<
  Record<
    LetterKind,
    | 'submitted'
    | 'reminder-sent'
    | 'complaint-filed'
    | 'erasure-requested'
    | 'access-requested'
    | undefined
  >
> = {
  objection: 'submitted',
  reminder: 'reminder-sent',
  complaint: 'complaint-filed',
  erasure: 'erasure-requested',
  access: 'access-requested',
  dossier: undefined,
};
