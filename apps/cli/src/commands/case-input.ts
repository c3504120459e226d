import type { AuthoredLocale } from '@widerspruch/catalog';
import {
  CASE_EVENT_KINDS,
  CASE_LIMITS,
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

/** The day the GDPR applies from (Art. 99(2) GDPR); no objection under it can be older. */
export const GDPR_APPLIES_FROM = '2018-05-25';

/**
 * Parses a date the person gives (YYYY-MM-DD). Dates before the GDPR applied are refused;
 * so are dates in the future unless `future` allows them (a deadline the company named may
 * lie ahead).
 */
export function parseDay(value: string, today: string, option: string, future = false): string {
  if (!isIsoDate(value)) {
    throw usageError({
      de: `${option}: „${value}“ ist kein gültiges Datum. Schreiben Sie es als JJJJ-MM-TT, z. B. 2026-03-10.`,
      en: `${option}: "${value}" is not a valid date. Write it as YYYY-MM-DD, e.g. 2026-03-10.`,
    });
  }
  if (value < GDPR_APPLIES_FROM) {
    throw usageError({
      de: `${option}: Das Datum ${value} liegt vor dem 25. Mai 2018, ab dem die DSGVO gilt. Prüfen Sie das Datum (JJJJ-MM-TT).`,
      en: `${option}: the date ${value} is before 25 May 2018, when the GDPR began to apply. Check the date (YYYY-MM-DD).`,
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

/** Trims a text option and refuses it when longer than the store keeps ({@link CASE_LIMITS}). */
function limitedText(value: string, option: string, limit: number): string {
  const text = value.trim();
  if (text.length > limit) {
    const de = (x: number) => x.toLocaleString('de-DE');
    const en = (x: number) => x.toLocaleString('en');
    throw usageError({
      de: `${option} ist ${de(text.length)} Zeichen lang; höchstens ${de(limit)} Zeichen sind möglich. Kürzen Sie den Text.`,
      en: `${option} is ${en(text.length)} characters long; at most ${en(limit)} are possible. Shorten the text.`,
    });
  }
  return text;
}

/** Refuses a blank value of an option that needs one, saying what to give instead. */
function notBlank(text: string, option: string, hint: { de: string; en: string }): string {
  if (text !== '') return text;
  throw usageError({
    de: `${option} darf nicht leer sein. ${hint.de}`,
    en: `${option} must not be empty. ${hint.en}`,
  });
}

/** `--account`: the account label, trimmed; blank or longer than 500 characters is refused. */
export function parseAccount(value: string): string {
  return notBlank(limitedText(value, '--account', CASE_LIMITS.account), '--account', {
    de: 'Geben Sie die E-Mail-Adresse oder den Nutzernamen des Kontos an.',
    en: "Give the account's e-mail address or user name.",
  });
}

/** `--profile`: whose account it is, trimmed; blank or longer than 200 characters is refused. */
export function parseProfileName(value: string): string {
  return notBlank(limitedText(value, '--profile', CASE_LIMITS.profileName), '--profile', {
    de: 'Geben Sie einen Namen an, oder lassen Sie --profile weg (dann gilt das Konto als Ihres).',
    en: 'Give a name, or leave out --profile (then: you).',
  });
}

/** `--note`: trimmed, undefined when blank; longer than 20,000 characters is refused. */
export function parseNote(value: string): string | undefined {
  return limitedText(value, '--note', CASE_LIMITS.text) || undefined;
}

/** The name of the default profile in a language. */
export function defaultProfileName(locale: AuthoredLocale): string {
  return locale === 'de' ? 'Ich' : 'Me';
}
