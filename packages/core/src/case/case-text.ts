import type { Locale } from '@widerspruch/catalog';
import { de } from './case-text.de.js';
import { en } from './case-text.en.js';
import { es } from './case-text.es.js';
import { fr } from './case-text.fr.js';
import { it } from './case-text.it.js';
import { nl } from './case-text.nl.js';
import { pl } from './case-text.pl.js';
import type { CaseEventKind, ReplyKind } from './model.js';
import type { SituationId } from './reactor.js';
import type { CaseState, NextActionId } from './state.js';

/** Steps Widerspruch offers in a situation (see `whatNext`). */
export type OfferedStepId =
  | 'resubmit-form'
  | 'reminder'
  | 'complaint'
  | 'resubmit-with-grounds'
  | 'erasure'
  | 'in-app-route'
  | 'objection-letter'
  | 'hide-or-delete'
  | 'ask-others'
  | 'access'
  | 'dossier'
  | 'answer-id-request'
  | 'ask-authority';

/** Situations that are also shown ahead of time, while the deadline leading to them runs. */
export type AheadSituationId = Extract<
  SituationId,
  'no-confirmation' | 'no-answer' | 'reminder-unanswered'
>;

/** The wording of cases in one language: states, events, replies, situations, next steps. */
export interface CaseText {
  /** Where a case stands, as a badge or a status line (web app and CLI alike). */
  readonly state: Readonly<Record<CaseState, string>>;
  /** Each event kind in words, for timelines and confirmations. */
  readonly event: Readonly<Record<CaseEventKind, string>>;
  /** What a reply says. */
  readonly reply: Readonly<Record<ReplyKind, string>>;
  /** A follow-up request by its name, as its due date is shown. */
  readonly request: Readonly<Record<'access-requested' | 'erasure-requested', string>>;
  /** The title of each situation. */
  readonly situation: Readonly<Record<SituationId, string>>;
  /** The title of a situation shown ahead of time. */
  readonly ahead: Readonly<Record<AheadSituationId, string>>;
  /** The next action a case's state suggests, as a sentence. */
  readonly next: Readonly<Record<NextActionId, string>>;
  /** Each offered step in words. */
  readonly step: Readonly<Record<OfferedStepId, string>>;
}

const CASE_TEXT: Readonly<Record<Locale, CaseText>> = { de, en, fr, es, it, nl, pl };

/** The case wording for a language. */
export function caseText(locale: Locale): CaseText {
  return CASE_TEXT[locale];
}

/** One table of the case wording with each entry in every language. */
export function caseTextByKey<K extends string>(
  table: (text: CaseText) => Readonly<Record<K, string>>,
): Readonly<Record<K, Readonly<Record<Locale, string>>>> {
  const out = {} as Record<K, Record<Locale, string>>;
  for (const [locale, text] of Object.entries(CASE_TEXT) as [Locale, CaseText][]) {
    for (const [key, value] of Object.entries(table(text)) as [K, string][]) {
      out[key] ??= {} as Record<Locale, string>;
      out[key][locale] = value;
    }
  }
  return out;
}
