import type { LetterKind } from '@widerspruch/core';

/**
 * The wording of `widerspruch letter` in one language (one module per language; the
 * `Record<Locale, LetterCliText>` in `index.ts` makes a new language fail to compile until
 * its module exists). Notes about letters (refusals, the complaint's language) come from
 * core's `letterNoteText`.
 */
export interface LetterCliText {
  readonly unknownReason: (p: { reason: string }) => string;
  readonly pdfToStdout: string;
  readonly platformMissing: string;
  readonly saved: (p: { file: string }) => string;
  readonly cannotWrite: (p: { kind: LetterKind }) => string;
  readonly hintRecordSent: (p: { caseId: string }) => string;
  readonly hintRemind: (p: { caseId: string }) => string;
  readonly hintComplaint: (p: { caseId: string }) => string;
  readonly hintObjectionAccount: (p: { caseId: string }) => string;
  readonly hintObjectionGrounds: (p: { caseId: string }) => string;
  readonly countryUnknown: (p: { value: string; countries: string }) => string;
  /** `where`: the countries with regions and their regions, e.g. "DE (BB, BE, …)". */
  readonly regionInvalid: (p: { value: string; country?: string; where: string }) => string;
  readonly regionUnknown: (p: { value: string; country: string; regions: string }) => string;
  readonly pdfMissing: (p: { chars: string }) => string;
  readonly recorded: (p: { what: string }) => string;
  readonly alreadySent: (p: { sentOn: string; caseId: string; today: string }) => string;
  readonly complaintForm: (p: { url: string }) => string;
  readonly noAuthorityEmail: string;
  readonly noAuthority: string;
  /** Other languages the authority takes, as `--letter-lang` values. */
  readonly otherLanguages: (p: { codes: string }) => string;
  readonly translationHint: string;
  readonly letterLangUnknown: (p: { value: string; list: string }) => string;
  readonly letterLangNotAccepted: (p: {
    value: string;
    authority: string;
    codes: string;
  }) => string;
  readonly letterLangOnlyComplaint: string;
  readonly senderMissing: string;
  readonly emailInvalid: (p: { value: string }) => string;
  readonly unknownKind: (p: { value: string; guess?: string; list: string }) => string;
  readonly unknownFormat: (p: { value: string; guess?: string }) => string;
  readonly formatMismatch: (p: {
    format: string;
    out: string;
    ext: string;
    fromOut: string;
    wanted: string;
  }) => string;
}
