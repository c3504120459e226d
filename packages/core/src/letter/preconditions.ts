import type { LocalizedText } from '@widerspruch/catalog';
import type { Case } from '../case/model.js';
import { summarizeCase } from '../case/state.js';
import { longDate } from '../util/date-text.js';
import { type LetterObstacle, type LetterRefusalId, letterObstacle } from './availability.js';
import { LETTER_EVENT, type LetterKind } from './model.js';

export { type LetterRefusalId, withoutComplaints } from './availability.js';

/** A letter that must not be written now: why, and what to do instead. */
export interface LetterRefusal extends LetterObstacle {
  /** Why and what to do, without naming a user interface. */
  readonly text: LocalizedText;
}

/**
 * Whether a letter of this kind can be written for the case today without stating a false
 * fact. Returns why not, worded, or `undefined` when it can (see `letterObstacle`).
 */
export function letterRefusal(kind: LetterKind, c: Case, today: string): LetterRefusal | undefined {
  const obstacle = letterObstacle(kind, c, today);
  return obstacle && { ...obstacle, text: refusalText(kind, obstacle) };
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

function refusalText(kind: LetterKind, obstacle: LetterObstacle): LocalizedText {
  const id: LetterRefusalId = obstacle.id;
  switch (id) {
    case 'not-sent':
      return NOT_SENT;
    case 'no-prior-request':
      return NO_PRIOR_REQUEST;
    case 'not-due':
      return notDue(
        obstacle.due ?? '',
        kind === 'reminder' ? (obstacle.reminded ? 'reminded' : 'reminder') : 'complaint',
      );
    case 'confirmed':
      return kind === 'reminder' ? CONFIRMED_REMINDER : CONFIRMED_COMPLAINT;
    case 'asks-for-reason':
      return ASKS_FOR_REASON;
    case 'asks-for-id':
      return ASKS_FOR_ID;
    case 'web-form':
      return WEB_FORM;
    case 'closed':
      return CLOSED;
    case 'complained':
      return COMPLAINED;
    case 'answered':
      return ANSWERED;
  }
}

function notDue(due: string, kind: 'reminder' | 'reminded' | 'complaint'): LocalizedText {
  const de = longDate(due, 'de');
  const en = longDate(due, 'en');
  return {
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
}

const NOT_SENT: LocalizedText = {
  de: 'Der Widerspruch ist noch nicht als abgeschickt eingetragen; der Brief würde ein falsches Datum nennen. Tragen Sie zuerst ein, wann Sie ihn abgeschickt haben.',
  en: 'The objection is not recorded as sent; the letter would state a wrong date. First record when you sent it.',
};
const NO_PRIOR_REQUEST: LocalizedText = {
  de: 'Seit dem 2. April 2027 muss einer Beschwerde über einen Widerspruch der Widerspruch an das Unternehmen vorausgehen (Verordnung (EU) 2025/2518), und die Beschwerde nennt sein Datum und den Nachweis. Im Fall ist kein abgeschickter Widerspruch eingetragen. Widersprechen Sie zuerst beim Unternehmen und tragen Sie ein, wann Sie es getan haben.',
  en: 'Since 2 April 2027 a complaint about an objection must be preceded by that objection to the company (Regulation (EU) 2025/2518), and the complaint states its date and evidence. No sent objection is recorded in this case. First object to the company and record when you did.',
};
const COMPLAINED: LocalizedText = {
  de: 'Sie haben sich schon bei der Aufsichtsbehörde beschwert; eine Erinnerung an das Unternehmen ist nicht mehr der nächste Schritt.',
  en: 'You have already complained to the supervisory authority; a reminder to the company is no longer the next step.',
};
const ANSWERED: LocalizedText = {
  de: 'Das Unternehmen hat geantwortet; eine Erinnerung ist für den Fall gedacht, dass keine Antwort kommt. Ist die Antwort unzureichend, können Sie sich bei der Aufsichtsbehörde beschweren.',
  en: 'The company has answered; a reminder is for when no answer comes. If the answer is not good enough, you can complain.',
};
const ASKS_FOR_REASON: LocalizedText = {
  de: 'Das Unternehmen hat nach Gründen gefragt. Statt einer Erinnerung passt jetzt ein neuer Widerspruch mit Gründen aus Ihrer besonderen Situation (Art. 21 Abs. 1 DSGVO). Sie können sich auch bei der Aufsichtsbehörde beschweren.',
  en: 'The company asked for reasons. Instead of a reminder, a new objection with grounds from your particular situation fits now (Art. 21(1) GDPR). You can also complain to the supervisory authority.',
};
const ASKS_FOR_ID: LocalizedText = {
  de: 'Das Unternehmen hat einen Identitätsnachweis verlangt. Statt einer Erinnerung schicken Sie jetzt den Widerspruch erneut, mit den Angaben zu Ihrem Konto, die das Unternehmen schon hat. Sie können sich auch bei der Aufsichtsbehörde beschweren.',
  en: 'The company asked for proof of identity. Instead of a reminder, send the objection again with the account details the company already holds. You can also complain to the supervisory authority.',
};
const WEB_FORM: LocalizedText = {
  de: 'Sie haben über das Formular widersprochen; darauf kommt keine Antwort mit Frist, sondern eine Bestätigungs-E-Mail, meist binnen 24 Stunden. Kommt keine, sehen Sie im Spam-Ordner nach und widersprechen Sie einfach erneut über das Formular. Geht das nicht, widersprechen Sie per Brief; für den läuft dann die Monatsfrist.',
  en: 'You objected through the form; it is answered not within a deadline but by a confirmation e-mail, usually within 24 hours. If none comes, look in your spam folder and simply object again through the form. If that does not work, object by letter; the one-month deadline then runs for the letter.',
};
const CLOSED: LocalizedText = {
  de: 'Der Fall ist als abgeschlossen eingetragen; dafür sind keine weiteren Schreiben vorgesehen. Geht es weiter, legen Sie einen neuen Fall an.',
  en: 'The case is recorded as closed; no further letters are meant for it. If it goes on, start a new case.',
};
const CONFIRMED_REMINDER: LocalizedText = {
  de: 'Das Unternehmen hat Ihren Widerspruch bestätigt; eine Erinnerung ist nicht nötig. Bewahren Sie die Bestätigung als Nachweis auf.',
  en: 'The company confirmed your objection; no reminder is needed. Keep the confirmation as proof.',
};
const CONFIRMED_COMPLAINT: LocalizedText = {
  de: 'Das Unternehmen hat Ihren Widerspruch bestätigt; das Beschwerdeschreiben würde behaupten, er sei abgelehnt oder nicht beantwortet worden. Lehnt das Unternehmen später doch ab, tragen Sie diese Antwort im Fall ein.',
  en: 'The company confirmed your objection; the complaint letter would claim it was rejected or not answered. If the company rejects it later after all, record that answer in the case.',
};
