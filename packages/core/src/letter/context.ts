import type { Authority, Controller, Locale, Platform } from '@widerspruch/catalog';
import type { Case } from '../case/model.js';
import { type CaseSummary, type DueDate, summarizeCase } from '../case/state.js';
import type { GroundId } from '../objection/grounds.js';
import { formatPostalAddress } from '../util/address.js';
import type { LetterParty } from './model.js';
import { LETTER_TEXT, type LetterText } from './text/index.js';

export { longDate } from '../util/date-text.js';

/** The person writing: name, postal address lines and e-mail. */
export interface Sender {
  readonly name: string;
  /** Street, postcode and town, country — one entry per line. */
  readonly address: readonly string[];
  readonly email?: string;
}

/** Everything a letter is written from. */
export interface LetterContext {
  readonly locale: Locale;
  /** The letter's date (YYYY-MM-DD), from the caller's clock. */
  readonly today: string;
  readonly sender: Sender;
  readonly case: Case;
  readonly summary: CaseSummary;
  readonly platform: Platform;
  readonly controller: Controller;
  /** For a complaint: the authority it goes to and why that one. */
  readonly authority?: { readonly record: Authority; readonly reason: string };
  /** The controller's lead authority, named in complaints about cross-border processing. */
  readonly leadAuthority?: Authority;
  readonly grounds?: readonly GroundId[];
  readonly note?: string;
}

/** The wording of the letter's language. */
export function wording(ctx: { readonly locale: Locale }): LetterText {
  return LETTER_TEXT[ctx.locale];
}

/** The lines of a postal address, with the country named in the letter's language. */
export const postalAddress = formatPostalAddress;

/** One printed line: CR/LF and other control characters become spaces. */
export function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sender as a letter party. */
export function senderParty(sender: Sender): LetterParty {
  return {
    name: [oneLine(sender.name)],
    address: sender.address.map(oneLine).filter((l) => l !== ''),
    ...(sender.email ? { email: oneLine(sender.email) } : {}),
  };
}

/** The controller as recipient, for the attention of its data protection officer. */
export function controllerParty(controller: Controller, locale: Locale): LetterParty {
  const [name, ...address] = postalAddress(controller.name, controller.address, locale);
  return {
    name: [name ?? controller.name, LETTER_TEXT[locale].common.forTheAttentionOfDpo],
    address,
  };
}

/** An authority as recipient. */
export function authorityParty(authority: Authority, locale: Locale): LetterParty {
  const [name, ...address] = postalAddress(authority.name, authority.address, locale);
  return {
    name: [name ?? authority.name],
    address,
    ...(authority.email ? { email: authority.email } : {}),
  };
}

/**
 * The day the objection was sent, or today when it was not recorded. Letters that state a
 * past sending date are refused for unsent cases (see `letterRefusal`).
 */
export function objectionDate(ctx: LetterContext): string {
  return ctx.summary.submittedOn ?? ctx.today;
}

/**
 * The day the answer to the objection was due under Art. 12(3) GDPR (one month, or as the
 * company extended it), ignoring the shorter deadline of a later reminder; `undefined` when
 * the objection was not sent or an answer is recorded.
 */
export function objectionDue(ctx: LetterContext): DueDate | undefined {
  const events = ctx.case.events.filter(
    (e) => e.kind !== 'reminder-sent' && e.kind !== 'complaint-filed',
  );
  const due = summarizeCase({ ...ctx.case, events }, ctx.today).due;
  return due?.rule.id.startsWith('art-12-3') ? due : undefined;
}

/** The account as the letter names it. */
export function accountLabel(ctx: LetterContext): string {
  return oneLine(ctx.case.account) || LETTER_TEXT[ctx.locale].common.accountNotGiven;
}
