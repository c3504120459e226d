import type { Locale } from '@widerspruch/catalog';
import { coreText, inEveryLanguage } from '../text/core-text.js';
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

/** The case wording for a language. */
export function caseText(locale: Locale): CaseText {
  return coreText(locale).case;
}

/**
 * One table of the case wording with each entry in every language, each worded when read
 * (only the languages shown need to be loaded).
 */
export function caseTextByKey<K extends string>(
  table: (text: CaseText) => Readonly<Record<K, string>>,
): Readonly<Record<K, Readonly<Record<Locale, string>>>> {
  return new Proxy({} as Record<K, Readonly<Record<Locale, string>>>, {
    get: (_, key) =>
      typeof key === 'string'
        ? inEveryLanguage((locale) => table(caseText(locale))[key as K])
        : undefined,
  });
}
