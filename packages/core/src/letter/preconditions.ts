import type { Case } from '../case/model.js';
import { summarizeCase } from '../case/state.js';
import { type LetterObstacle, type LetterRefusalId, letterObstacle } from './availability.js';
import { LETTER_EVENT, type LetterKind } from './model.js';
import type { RefusalCode } from './notes/index.js';

export { type LetterRefusalId, withoutComplaints } from './availability.js';

/**
 * A letter that must not be written now: why, as a code with its parameters (the due date
 * for `not-due-*`). The apps word it with `letterNoteText`.
 */
export interface LetterRefusal extends LetterObstacle {
  readonly code: RefusalCode;
}

/**
 * Whether a letter of this kind can be written for the case today without stating a false
 * fact. Returns why not, or `undefined` when it can (see `letterObstacle`).
 */
export function letterRefusal(kind: LetterKind, c: Case, today: string): LetterRefusal | undefined {
  const obstacle = letterObstacle(kind, c, today);
  return obstacle && { ...obstacle, code: refusalCode(kind, obstacle) };
}

/**
 * The event that recording a sent letter of this kind adds to the case. An objection adds
 * `submitted` only when none is recorded yet, when the company asked for reasons (the new
 * objection with grounds starts a new deadline), or when a web form has not confirmed (the
 * letter is then a new sending, with its own month); otherwise the sending date and the
 * deadline stay, and the letter is kept as evidence only.
 */
export function recordedEvent(
  kind: LetterKind,
  c: Case,
  today: string,
): (typeof LETTER_EVENT)[LetterKind] {
  const event = LETTER_EVENT[kind];
  if (event !== 'submitted') return event;
  const summary = summarizeCase(c, today);
  // After a web form that has not confirmed, the letter is a new sending, with its own month.
  return summary.submittedOn === undefined ||
    summary.state === 'asks-for-reason' ||
    summary.state === 'asks-for-id' ||
    summary.state === 'awaiting-confirmation' ||
    summary.state === 'no-confirmation'
    ? event
    : undefined;
}

function refusalCode(kind: LetterKind, obstacle: LetterObstacle): RefusalCode {
  const id: LetterRefusalId = obstacle.id;
  switch (id) {
    case 'not-due':
      return kind === 'reminder'
        ? obstacle.reminded
          ? 'not-due-reminded'
          : 'not-due-reminder'
        : 'not-due-complaint';
    case 'confirmed':
      return kind === 'reminder' ? 'confirmed-reminder' : 'confirmed-complaint';
    case 'not-sent':
    case 'no-prior-request':
    case 'asks-for-reason':
    case 'asks-for-id':
    case 'web-form':
    case 'closed':
    case 'complained':
    case 'answered':
      return id;
  }
}
