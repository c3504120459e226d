import type { Case } from '../case/model.js';
import { type CaseSummary, statutoryDue, summarizeCase } from '../case/state.js';
import { addDays, compareIsoDates, formatIsoDate, parseIsoDate } from '../deadline/calendar.js';
import { GDPR_PROCEDURAL_REGULATION, ruleApplies } from '../law/dated-rules.js';
import type { LetterKind } from './model.js';

// Whether a letter can be written today without stating something untrue. This module
// decides; `preconditions.ts` words the decision. Split so that the web app's case page can
// tell from when a letter is possible without loading the letter texts.

/** Why a letter cannot be written yet without stating something untrue. */
export type LetterRefusalId =
  /** No sending date is recorded, but the letter says when the objection was sent. */
  | 'not-sent'
  /**
   * From 2 April 2027 (Regulation (EU) 2025/2518): a complaint about a request must follow
   * that request to the controller, and none is recorded.
   */
  | 'no-prior-request'
  /** The due date has not passed, but the letter says it has. */
  | 'not-due'
  /** The company has answered; a reminder says it has not. */
  | 'answered'
  /** The company confirmed the objection; there is nothing to complain about. */
  | 'confirmed'
  /** The company asked for reasons: the next step is a new objection with grounds. */
  | 'asks-for-reason'
  /** The company asked for proof of identity: the next step is the objection with it. */
  | 'asks-for-id'
  /** The objection went through a web form that confirms by e-mail: no answer is due. */
  | 'web-form'
  /** The case is closed. */
  | 'closed'
  /** A complaint was filed; a reminder to the company comes too late. */
  | 'complained';

/** What stands in the way of a letter today. */
export interface LetterObstacle {
  readonly id: LetterRefusalId;
  /** For `not-due`: the due date (YYYY-MM-DD) after which the letter can be written. */
  readonly due?: string;
  /** For `not-due`: the first day (YYYY-MM-DD) the letter can be written, the day after `due`. */
  readonly from?: string;
  /** For `not-due` of a reminder: the due date is the one of a reminder already sent. */
  readonly reminded?: boolean;
}

/**
 * The case as it stood before a complaint was filed: a complaint letter written again after
 * recording it describes what led to it, not the complaint itself.
 */
export function withoutComplaints(c: Case): Case {
  return { ...c, events: c.events.filter((e) => e.kind !== 'complaint-filed') };
}

/**
 * What stands in the way of writing a letter of this kind for the case today, or
 * `undefined` when it can be written without stating a false fact.
 *
 * - A reminder needs a recorded sending date and a due date that has passed (Art. 12(3) GDPR,
 *   or the two weeks of an earlier reminder), with no answer recorded.
 * - A complaint needs a sending date and either a passed due date or an answer the person
 *   may find unsatisfactory (rejected, asks for reasons, other answer).
 *   From 2 April 2027 a missing sending date is `no-prior-request`: the complaint must follow
 *   the request to the controller (Regulation (EU) 2025/2518).
 * - An erasure request needs a sending date (it says when the person objected).
 * - The objection, the access request and the dossier can always be written.
 */
export function letterObstacle(
  kind: LetterKind,
  c: Case,
  today: string,
): LetterObstacle | undefined {
  if (kind === 'objection' || kind === 'access' || kind === 'dossier') return undefined;
  const summary = summarizeCase(c, today);
  if (summary.submittedOn === undefined) {
    return kind === 'complaint' && ruleApplies(GDPR_PROCEDURAL_REGULATION, today)
      ? { id: 'no-prior-request' }
      : { id: 'not-sent' };
  }
  if (kind === 'erasure') return undefined;
  if (kind === 'reminder') return reminderObstacle(summary);
  const earlier = summary.state === 'complained' ? withoutComplaints(c) : c;
  const before = earlier === c ? summary : summarizeCase(earlier, today);
  return complaintObstacle(before, earlier, today);
}

function reminderObstacle(summary: CaseSummary): LetterObstacle | undefined {
  switch (summary.state) {
    case 'overdue':
    case 'reminder-overdue':
      return undefined;
    case 'awaiting-answer':
      return notDue(summary.due?.date);
    case 'awaiting-confirmation':
    case 'no-confirmation':
      return { id: 'web-form' };
    case 'reminded':
      return { ...notDue(summary.due?.date), reminded: true };
    case 'complained':
    case 'closed':
    case 'confirmed':
    case 'asks-for-reason':
      return { id: summary.state };
    case 'asks-for-id':
      return { id: 'asks-for-id' };
    default:
      return { id: 'answered' };
  }
}

function complaintObstacle(
  summary: CaseSummary,
  c: Case,
  today: string,
): LetterObstacle | undefined {
  switch (summary.state) {
    case 'reminded': {
      // Sent before the deadline of Art. 12(3) passed (or extended after it): a complaint
      // waits for that deadline, which the letter says has passed.
      const statutory = statutoryDue(c);
      if (statutory && compareIsoDates(today, statutory.date) > 0) return undefined;
      return notDue((statutory ?? summary.due)?.date);
    }
    case 'overdue':
    case 'reminder-overdue':
    case 'rejected':
    case 'asks-for-reason':
    case 'asks-for-id':
    case 'answered':
      return undefined;
    case 'awaiting-answer':
      return notDue(summary.due?.date);
    case 'awaiting-confirmation':
    case 'no-confirmation':
      return { id: 'web-form' };
    case 'confirmed':
      return { id: 'confirmed' };
    default:
      return { id: 'closed' };
  }
}

function notDue(due: string | undefined): LetterObstacle {
  if (due === undefined) return { id: 'not-due' };
  return { id: 'not-due', due, from: formatIsoDate(addDays(parseIsoDate(due), 1)) };
}
