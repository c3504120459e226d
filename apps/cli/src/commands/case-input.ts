import type { Locale } from '@widerspruch/catalog/locales';
import {
  CASE_EVENT_KINDS,
  CASE_LIMITS,
  type CaseEventKind,
  closestMatch,
  isIsoDate,
  REPLY_KINDS,
  type ReplyKind,
} from '@widerspruch/core';
import { says, usageError } from '../errors.js';
import { MESSAGES } from '../text/messages.js';

/** Event kinds a person can record on the command line ("evidence" only attaches a file). */
export const CLI_EVENT_KINDS = [
  ...CASE_EVENT_KINDS.filter((k) => k !== 'evidence-added'),
  'evidence',
] as const;
/** An event kind as typed on the command line. */
export type CliEventKind = CaseEventKind | 'evidence';

/** Parses an event kind; unknown kinds are a usage error naming the closest kind. */
export function parseEventKind(value: string): CliEventKind {
  if ((CLI_EVENT_KINDS as readonly string[]).includes(value)) return value as CliEventKind;
  const guess = closestMatch(value, CLI_EVENT_KINDS);
  const list = CLI_EVENT_KINDS.join(', ');
  throw usageError(says((m) => m.input.unknownEventKind(value, guess, list)));
}

/** Parses a reply kind for `reply-received`. */
export function parseReplyKind(value: string): ReplyKind {
  if ((REPLY_KINDS as readonly string[]).includes(value)) return value as ReplyKind;
  const guess = closestMatch(value, REPLY_KINDS);
  throw usageError(says((m) => m.input.unknownReplyKind(value, guess, REPLY_KINDS.join(', '))));
}

/** The day the GDPR applies from (Art. 99(2) GDPR); no objection under it can be older. */
export const GDPR_APPLIES_FROM = '2018-05-25';

/**
 * Parses a date the person gives (YYYY-MM-DD). Dates before the GDPR applied are refused;
 * so are dates in the future unless `future` allows them (a deadline the company named may
 * lie ahead).
 */
export function parseDay(value: string, today: string, option: string, future = false): string {
  if (!isIsoDate(value)) {
    throw usageError(says((m) => m.input.invalidDate(option, value)));
  }
  if (value < GDPR_APPLIES_FROM) {
    throw usageError(says((m) => m.input.dateBeforeGdpr(option, value)));
  }
  if (!future && value > today) {
    throw usageError(says((m) => m.input.dateInFuture(option, value, today)));
  }
  return value;
}

/** Trims a text option and refuses it when longer than the store keeps ({@link CASE_LIMITS}). */
function limitedText(value: string, option: string, limit: number): string {
  const text = value.trim();
  if (text.length > limit) {
    throw usageError(says((m) => m.input.textTooLong(option, text.length, limit)));
  }
  return text;
}

/** Refuses a blank value of an option that needs one, saying what to give instead. */
function notBlank(text: string, option: string, hint: 'accountHint' | 'profileHint'): string {
  if (text !== '') return text;
  throw usageError(says((m) => m.input.blank(option, m.input[hint])));
}

/** `--account`: the account label, trimmed; blank or longer than 500 characters is refused. */
export function parseAccount(value: string): string {
  return notBlank(limitedText(value, '--account', CASE_LIMITS.account), '--account', 'accountHint');
}

/** `--profile`: whose account it is, trimmed; blank or longer than 200 characters is refused. */
export function parseProfileName(value: string): string {
  return notBlank(
    limitedText(value, '--profile', CASE_LIMITS.profileName),
    '--profile',
    'profileHint',
  );
}

/** `--note`: trimmed, undefined when blank; longer than 20,000 characters is refused. */
export function parseNote(value: string): string | undefined {
  return limitedText(value, '--note', CASE_LIMITS.text) || undefined;
}

/** The name of the default profile in a language. */
export function defaultProfileName(locale: Locale): string {
  return MESSAGES[locale].case.defaultProfile;
}
