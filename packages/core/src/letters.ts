/**
 * Letters and the authority finder: a separate entry point so that the web app loads the
 * letter templates only when a person writes a letter.
 */

export {
  type ComplaintLanguage,
  type ComplaintRoute,
  complaintLanguage,
  complaintRoute,
} from './authority/complaint-route.js';
export {
  type AuthorityChoice,
  type AuthorityFinding,
  choiceReason,
  findAuthorities,
  LAND_NAMES,
  type Residence,
} from './authority/find.js';
export { composeLetter } from './letter/compose-letter.js';
export type { LetterContext, Sender } from './letter/context.js';
export {
  type CaseLetter,
  type CaseLetterFailure,
  type CaseLetterRequest,
  type ComplaintDetails,
  caseLetterLocales,
  composeCaseLetter,
  LETTER_CHANNEL,
  LETTER_CHANNELS,
  type LetterChannel,
  letterRecord,
  loadCaseLetterTexts,
} from './letter/for-case.js';
export {
  LETTER_EVENT,
  LETTER_KINDS,
  type Letter,
  type LetterBlock,
  type LetterKind,
  type LetterParty,
} from './letter/model.js';
export {
  LETTER_NOTE_CODES,
  type LetterNote,
  type LetterNoteCode,
  languageName,
  letterNoteText,
  type RefusalCode,
} from './letter/notes/index.js';
export {
  type LetterRefusal,
  letterRefusal,
  recordedEvent,
} from './letter/preconditions.js';
export { MAX_MAILTO_LENGTH, renderLetterMailto } from './letter/render-mailto.js';
export { renderLetterBody, renderLetterText, type TextOptions } from './letter/render-text.js';
export { loadObjectionTemplate, objectionTemplateLoaded } from './objection/compose.js';
