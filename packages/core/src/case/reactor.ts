import type { Locale } from '@widerspruch/catalog';
import type { LetterKind } from '../letter/model.js';
import { caseTextByKey, type OfferedStepId } from './case-text.js';
import type { CaseSummary } from './state.js';

/** Situations a case can be in, each with the steps Widerspruch offers. */
export type SituationId =
  | 'no-confirmation'
  | 'no-answer'
  | 'reminder-unanswered'
  | 'asks-for-reason'
  | 'asks-for-id'
  | 'rejected'
  | 'authority-silent'
  | 'form-fails'
  | 'already-trained'
  | 'legal-action';

/** One step offered in a situation; `letter` names the document that does it. */
export interface OfferedStep {
  readonly id: OfferedStepId;
  readonly text: Readonly<Record<Locale, string>>;
  readonly letter?: LetterKind;
}

/**
 * A situation with its steps; `current` when the case is in it now, `ahead` when the case
 * gets there if a running deadline passes without an answer.
 */
export interface Situation {
  readonly id: SituationId;
  readonly title: Readonly<Record<Locale, string>>;
  readonly current: boolean;
  readonly ahead?: boolean;
  readonly steps: readonly OfferedStep[];
}

type Text = Readonly<Record<Locale, string>>;

const STEP_TEXT = caseTextByKey((t) => t.step);
const TITLES = caseTextByKey((t) => t.situation);
/** Titles of situations shown ahead of time, while the deadline that leads to them runs. */
const AHEAD: Partial<Readonly<Record<SituationId, Text>>> = caseTextByKey((t) => t.ahead);

function offered(id: OfferedStepId, letter?: LetterKind): OfferedStep {
  return { id, text: STEP_TEXT[id], ...(letter === undefined ? {} : { letter }) };
}

const STEP = {
  resubmitForm: offered('resubmit-form'),
  reminder: offered('reminder', 'reminder'),
  complaint: offered('complaint', 'complaint'),
  grounds: offered('resubmit-with-grounds', 'objection'),
  erasure: offered('erasure', 'erasure'),
  inApp: offered('in-app-route'),
  letter: offered('objection-letter', 'objection'),
  hide: offered('hide-or-delete'),
  others: offered('ask-others'),
  access: offered('access', 'access'),
  dossier: offered('dossier', 'dossier'),
  identify: offered('answer-id-request', 'objection'),
  askAuthority: offered('ask-authority'),
} as const satisfies Record<string, OfferedStep>;

function situation(id: SituationId, current: boolean, steps: readonly OfferedStep[]): Situation {
  return { id, title: TITLES[id], current, steps };
}

function ahead(id: SituationId, steps: readonly OfferedStep[]): Situation {
  return { id, title: AHEAD[id] ?? TITLES[id], current: false, ahead: true, steps };
}

/**
 * What can be done next, from a case's state: the situation it is in now (first), or the one
 * it is heading for while a deadline runs; then the situations that are always worth knowing
 * about. Letters are offered where they help; `letterRefusal` says whether each can be
 * written today.
 */
export function whatNext(summary: CaseSummary): Situation[] {
  const now: Situation[] = [];
  switch (summary.state) {
    case 'no-confirmation':
      now.push(situation('no-confirmation', true, [STEP.resubmitForm, STEP.letter]));
      break;
    case 'awaiting-confirmation':
      now.push(ahead('no-confirmation', [STEP.resubmitForm]));
      break;
    case 'overdue':
      now.push(situation('no-answer', true, [STEP.reminder, STEP.complaint]));
      break;
    case 'reminder-overdue':
      now.push(situation('reminder-unanswered', true, [STEP.complaint]));
      break;
    case 'asks-for-reason':
      now.push(situation('asks-for-reason', true, [STEP.grounds]));
      break;
    case 'asks-for-id':
      now.push(situation('asks-for-id', true, [STEP.identify, STEP.complaint]));
      break;
    case 'rejected':
      now.push(situation('rejected', true, [STEP.complaint, STEP.erasure]));
      break;
    // While the company still has time, what to do if no answer comes: the letters are
    // offered from the day after the deadline (see `letterRefusal`).
    case 'awaiting-answer':
      now.push(ahead('no-answer', [STEP.reminder, STEP.complaint]));
      break;
    case 'reminded':
      now.push(ahead('reminder-unanswered', [STEP.complaint]));
      break;
    default:
      if (summary.next === 'authority-silent')
        now.push(situation('authority-silent', true, [STEP.askAuthority, STEP.dossier]));
  }
  // Once confirmed (or closed), help for a form that does not load is beside the point.
  const settled = summary.state === 'confirmed' || summary.state === 'closed';
  const always: Situation[] = [
    ...(settled
      ? []
      : [situation('form-fails', summary.state === 'draft', [STEP.inApp, STEP.letter])]),
    situation('already-trained', false, [STEP.hide, STEP.others, STEP.access]),
    situation('legal-action', false, [STEP.dossier]),
  ];
  return [...now, ...always];
}
