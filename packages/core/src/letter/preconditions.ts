import type { LocalizedText } from '@widerspruch/catalog';
import type { Case } from '../case/model.js';
import { type CaseSummary, statutoryDue, summarizeCase } from '../case/state.js';
import { compareIsoDates } from '../deadline/calendar.js';
import { longDate } from '../util/date-text.js';
import { LETTER_EVENT, type LetterKind } from './model.js';

/** Why a letter cannot be written yet without stating something untrue. */
export type LetterRefusalId =
  /** No sending date is recorded, but the letter says when the objection was sent. */
  | 'not-sent'
  /** The due date has not passed, but the letter says it has. */
  | 'not-due'
  /** The company has answered; a reminder says it has not. */
  | 'answered'
  /** The company confirmed the objection; there is nothing to complain about. */
  | 'confirmed'
  /** The company asked for reasons: the next step is a new objection with grounds. */
  | 'asks-for-reason'
  /** The case is closed. */
  | 'closed'
  /** A complaint was filed; a reminder to the company comes too late. */
  | 'complained';

/** A letter that must not be written now: why, and what to do instead. */
export interface LetterRefusal {
  readonly id: LetterRefusalId;
  /** For `not-due`: the due date (YYYY-MM-DD) after which the letter can be written. */
  readonly due?: string;
  /** Why and what to do, without naming a user interface. */
  readonly text: LocalizedText;
}

/**
 * The case as it stood before a complaint was filed: a complaint letter written again after
 * recording it describes what led to it, not the complaint itself.
 */
export function withoutComplaints(c: Case): Case {
  return { ...c, events: c.events.filter((e) => e.kind !== 'complaint-filed') };
}

/**
 * Whether a letter of this kind can be written for the case today without stating a false
 * fact. Returns why not, or `undefined` when it can.
 *
 * - A reminder needs a recorded sending date and a due date that has passed (Art. 12(3) GDPR,
 *   or the two weeks of an earlier reminder), with no answer recorded.
 * - A complaint needs a sending date and either a passed due date or an answer the person
 *   may find unsatisfactory (rejected, asks for reasons, other answer).
 * - An erasure request needs a sending date (it says when the person objected).
 * - The objection, the access request and the dossier can always be written.
 */
export function letterRefusal(kind: LetterKind, c: Case, today: string): LetterRefusal | undefined {
  if (kind === 'objection' || kind === 'access' || kind === 'dossier') return undefined;
  const summary = summarizeCase(c, today);
  if (summary.submittedOn === undefined) return notSent();
  if (kind === 'erasure') return undefined;
  if (kind === 'reminder') return reminderRefusal(summary);
  const earlier = summary.state === 'complained' ? withoutComplaints(c) : c;
  const before = earlier === c ? summary : summarizeCase(earlier, today);
  return complaintRefusal(before, earlier, today);
}

function reminderRefusal(summary: CaseSummary): LetterRefusal | undefined {
  switch (summary.state) {
    case 'overdue':
    case 'reminder-overdue':
      return undefined;
    case 'awaiting-answer':
      return notDue(summary, 'reminder');
    case 'reminded':
      return notDue(summary, 'reminded');
    case 'complained':
      return {
        id: 'complained',
        text: {
          de: 'Sie haben sich schon bei der Aufsichtsbehörde beschwert; eine Erinnerung an das Unternehmen ist nicht mehr der nächste Schritt.',
          en: 'You have already complained to the supervisory authority; a reminder to the company is no longer the next step.',
        },
      };
    case 'closed':
      return closed();
    case 'confirmed':
      return confirmed('reminder');
    case 'asks-for-reason':
      return asksForReason();
    default:
      return {
        id: 'answered',
        text: {
          de: 'Das Unternehmen hat geantwortet; eine Erinnerung ist für den Fall gedacht, dass keine Antwort kommt. Ist die Antwort unzureichend, können Sie sich bei der Aufsichtsbehörde beschweren.',
          en: 'The company has answered; a reminder is for when no answer comes. If the answer is not good enough, you can complain.',
        },
      };
  }
}

function complaintRefusal(summary: CaseSummary, c: Case, today: string): LetterRefusal | undefined {
  switch (summary.state) {
    case 'reminded': {
      // Sent before the deadline of Art. 12(3) passed (or extended after it): a complaint
      // waits for that deadline, which the letter says has passed.
      const statutory = statutoryDue(c);
      if (statutory && compareIsoDates(today, statutory.date) > 0) return undefined;
      return notDue({ ...summary, ...(statutory ? { due: statutory } : {}) }, 'complaint');
    }
    case 'overdue':
    case 'reminder-overdue':
    case 'rejected':
    case 'asks-for-reason':
    case 'answered':
      return undefined;
    case 'awaiting-answer':
      return notDue(summary, 'complaint');
    case 'confirmed':
      return confirmed('complaint');
    default:
      return closed();
  }
}

/**
 * The event that recording a sent letter of this kind adds to the case. An objection adds
 * `submitted` only when none is recorded yet, or when the company asked for reasons (the new
 * objection with grounds starts a new deadline); otherwise the sending date and the deadline
 * stay, and the letter is kept as evidence only.
 */
export function recordedEvent(
  kind: LetterKind,
  c: Case,
  today: string,
): (typeof LETTER_EVENT)[LetterKind] {
  const event = LETTER_EVENT[kind];
  if (event !== 'submitted') return event;
  const summary = summarizeCase(c, today);
  return summary.submittedOn === undefined || summary.state === 'asks-for-reason'
    ? event
    : undefined;
}

function notSent(): LetterRefusal {
  return {
    id: 'not-sent',
    text: {
      de: 'Der Widerspruch ist noch nicht als abgeschickt eingetragen; der Brief würde ein falsches Datum nennen. Tragen Sie zuerst ein, wann Sie ihn abgeschickt haben.',
      en: 'The objection is not recorded as sent; the letter would state a wrong date. First record when you sent it.',
    },
  };
}

function notDue(summary: CaseSummary, kind: 'reminder' | 'reminded' | 'complaint'): LetterRefusal {
  const due = summary.due?.date ?? '';
  const de = longDate(due, 'de');
  const en = longDate(due, 'en');
  const text = {
    reminder: {
      de: `Die Frist für die Antwort läuft noch bis zum ${de}; eine Erinnerung würde behaupten, sie sei abgelaufen. Schicken Sie die Erinnerung erst danach.`,
      en: `The deadline for the answer runs until ${en}; a reminder would claim it has passed. Send the reminder only after that.`,
    },
    reminded: {
      de: `Sie haben bereits erinnert; die Frist aus Ihrer Erinnerung läuft noch bis zum ${de}. Kommt bis dahin keine Antwort, ist eine Beschwerde der nächste Schritt.`,
      en: `The deadline in your reminder runs until ${en}. If no answer comes by then, a complaint is the next step.`,
    },
    complaint: {
      de: `Die Frist für die Antwort läuft noch bis zum ${de}; das Beschwerdeschreiben würde behaupten, sie sei abgelaufen. Sie können es erstellen, sobald die Frist abgelaufen ist oder Sie eine Antwort eingetragen haben, die Sie nicht zufriedenstellt.`,
      en: `The deadline for the answer runs until ${en}; the complaint letter would claim it has passed. You can write it once the deadline has passed or you have recorded an answer that does not satisfy you.`,
    },
  }[kind];
  return { id: 'not-due', due, text };
}

function confirmed(kind: 'reminder' | 'complaint'): LetterRefusal {
  return {
    id: 'confirmed',
    text:
      kind === 'reminder'
        ? {
            de: 'Das Unternehmen hat Ihren Widerspruch bestätigt; eine Erinnerung ist nicht nötig. Bewahren Sie die Bestätigung als Nachweis auf.',
            en: 'The company confirmed your objection; no reminder is needed. Keep the confirmation as proof.',
          }
        : {
            de: 'Das Unternehmen hat Ihren Widerspruch bestätigt; das Beschwerdeschreiben würde behaupten, er sei abgelehnt oder nicht beantwortet worden. Lehnt das Unternehmen später doch ab, tragen Sie diese Antwort im Fall ein.',
            en: 'The company confirmed your objection; the complaint letter would claim it was rejected or not answered. If the company rejects it later after all, record that answer in the case.',
          },
  };
}

function asksForReason(): LetterRefusal {
  return {
    id: 'asks-for-reason',
    text: {
      de: 'Das Unternehmen hat nach Gründen gefragt. Statt einer Erinnerung passt jetzt ein neuer Widerspruch mit Gründen aus Ihrer besonderen Situation (Art. 21 Abs. 1 DSGVO). Sie können sich auch bei der Aufsichtsbehörde beschweren.',
      en: 'The company asked for reasons. Instead of a reminder, a new objection with grounds from your particular situation fits now (Art. 21(1) GDPR). You can also complain to the supervisory authority.',
    },
  };
}

function closed(): LetterRefusal {
  return {
    id: 'closed',
    text: {
      de: 'Der Fall ist als abgeschlossen eingetragen; dafür sind keine weiteren Schreiben vorgesehen. Geht es weiter, legen Sie einen neuen Fall an.',
      en: 'The case is recorded as closed; no further letters are meant for it. If it goes on, start a new case.',
    },
  };
}
