import type { Locale } from '@widerspruch/catalog';
import {
  CASE_EVENT_KINDS,
  type CaseEventKind,
  closestMatch,
  isIsoDate,
  REPLY_KINDS,
  type ReplyKind,
} from '@widerspruch/core';
import { usageError } from '../errors.js';

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
  throw usageError({
    de: `Die Ereignisart „${value}“ gibt es nicht.${guess ? ` Meinten Sie „${guess}“?` : ''} Möglich: ${list}.`,
    en: `There is no event kind "${value}".${guess ? ` Did you mean "${guess}"?` : ''} Possible kinds: ${list}.`,
  });
}

/** Parses a reply kind for `reply-received`. */
export function parseReplyKind(value: string): ReplyKind {
  if ((REPLY_KINDS as readonly string[]).includes(value)) return value as ReplyKind;
  const guess = closestMatch(value, REPLY_KINDS);
  throw usageError({
    de: `Die Antwortart „${value}“ gibt es nicht.${guess ? ` Meinten Sie „${guess}“?` : ''} Möglich: ${REPLY_KINDS.join(', ')}.`,
    en: `There is no reply kind "${value}".${guess ? ` Did you mean "${guess}"?` : ''} Possible: ${REPLY_KINDS.join(', ')}.`,
  });
}

/**
 * Parses a date the person gives (YYYY-MM-DD). Dates in the future are refused unless
 * `future` allows them (a deadline the company named may lie ahead).
 */
export function parseDay(value: string, today: string, option: string, future = false): string {
  if (!isIsoDate(value)) {
    throw usageError({
      de: `${option}: „${value}“ ist kein gültiges Datum. Schreiben Sie es als JJJJ-MM-TT, z. B. 2026-03-10.`,
      en: `${option}: "${value}" is not a valid date. Write it as YYYY-MM-DD, e.g. 2026-03-10.`,
    });
  }
  if (!future && value > today) {
    throw usageError({
      de: `${option}: Das Datum ${value} liegt in der Zukunft (heute ist ${today}).`,
      en: `${option}: the date ${value} is in the future (today is ${today}).`,
    });
  }
  return value;
}

/** The name of the default profile in a language. */
export function defaultProfileName(locale: Locale): string {
  return locale === 'de' ? 'Ich' : 'Me';
}
