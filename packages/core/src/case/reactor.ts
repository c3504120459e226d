import type { LocalizedText } from '@widerspruch/catalog';
import type { LetterKind } from '../letter/model.js';
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
  readonly id: string;
  readonly text: LocalizedText;
  readonly letter?: LetterKind;
}

/**
 * A situation with its steps; `current` when the case is in it now, `ahead` when the case
 * gets there if a running deadline passes without an answer.
 */
export interface Situation {
  readonly id: SituationId;
  readonly title: LocalizedText;
  readonly current: boolean;
  readonly ahead?: boolean;
  readonly steps: readonly OfferedStep[];
}

const STEP = {
  resubmitForm: {
    id: 'resubmit-form',
    text: {
      de: 'Im Spam-Ordner nach der Bestätigung sehen; ist dort nichts, einfach erneut über das Formular widersprechen',
      en: 'Look for the confirmation in your spam folder; if nothing is there, simply object again through the form',
    },
  },
  reminder: {
    id: 'reminder',
    letter: 'reminder',
    text: {
      de: 'Erinnerung mit einer Frist von zwei Wochen schicken',
      en: 'Send a reminder with a two-week deadline',
    },
  },
  complaint: {
    id: 'complaint',
    letter: 'complaint',
    text: {
      de: 'Beschwerde bei der Datenschutzaufsicht (Art. 77 DSGVO)',
      en: 'Complain to the data protection authority (Art. 77 GDPR)',
    },
  },
  grounds: {
    id: 'resubmit-with-grounds',
    letter: 'objection',
    text: {
      de: 'Erneut widersprechen, mit Gründen aus Ihrer besonderen Situation',
      en: 'Object again, with grounds from your particular situation',
    },
  },
  erasure: {
    id: 'erasure',
    letter: 'erasure',
    text: {
      de: 'Löschung verlangen (Art. 17 Abs. 1 lit. c DSGVO), bis dahin Einschränkung (Art. 18 Abs. 1 lit. d DSGVO)',
      en: 'Ask for erasure (Art. 17(1)(c) GDPR) and restriction until then (Art. 18(1)(d) GDPR)',
    },
  },
  inApp: {
    id: 'in-app-route',
    text: {
      de: 'Den Weg über die Menüs der App nehmen (siehe Anleitung)',
      en: 'Take the route through the app’s menus (see the guide)',
    },
  },
  letter: {
    id: 'objection-letter',
    letter: 'objection',
    text: {
      de: 'Per Brief oder E-Mail an das Unternehmen widersprechen und den Brief als Nachweis aufbewahren',
      en: 'Object by letter or e-mail to the company and keep the letter as evidence',
    },
  },
  hide: {
    id: 'hide-or-delete',
    text: {
      de: 'Ältere Beiträge verbergen oder löschen, damit sie künftig nicht mehr öffentlich sind',
      en: 'Hide or delete older posts so that they are no longer public',
    },
  },
  others: {
    id: 'ask-others',
    text: {
      de: 'Menschen, die über Sie posten, bitten, selbst zu widersprechen',
      en: 'Ask people who post about you to object themselves',
    },
  },
  access: {
    id: 'access',
    letter: 'access',
    text: {
      de: 'Auskunft verlangen, ob und welche Ihrer Daten ins Training geflossen sind (Art. 15 DSGVO)',
      en: 'Ask whether and which of your data went into training (Art. 15 GDPR)',
    },
  },
  dossier: {
    id: 'dossier',
    letter: 'dossier',
    text: {
      de: 'Dossier für eine Anwältin, einen Anwalt oder die Verbraucherzentrale erstellen',
      en: 'Create a dossier for a lawyer or a consumer centre',
    },
  },
  identify: {
    id: 'answer-id-request',
    letter: 'objection',
    text: {
      de: 'Den Widerspruch erneut schicken, mit den Angaben zu Ihrem Konto, die das Unternehmen schon hat',
      en: 'Send the objection again, with the account details the company already holds',
    },
  },
  askAuthority: {
    id: 'ask-authority',
    text: {
      de: 'Bei der Aufsichtsbehörde nach dem Stand fragen; Klage nach Art. 78 Abs. 2 DSGVO ist möglich',
      en: 'Ask the authority about the progress; an action under Art. 78(2) GDPR is possible',
    },
  },
} as const satisfies Record<string, OfferedStep>;

const TITLES: Readonly<Record<SituationId, LocalizedText>> = {
  'no-answer': { de: 'Keine Antwort bis zur Frist', en: 'No answer by the deadline' },
  'reminder-unanswered': {
    de: 'Auch auf die Erinnerung keine Antwort',
    en: 'No answer to the reminder either',
  },
  'asks-for-reason': {
    de: 'Das Unternehmen fragt nach Gründen',
    en: 'The company asks for reasons',
  },
  'asks-for-id': {
    de: 'Das Unternehmen verlangt einen Identitätsnachweis',
    en: 'The company asks for proof of identity',
  },
  rejected: { de: 'Widerspruch abgelehnt', en: 'Objection rejected' },
  'authority-silent': {
    de: 'Die Aufsichtsbehörde meldet sich nicht',
    en: 'The authority does not report back',
  },
  'no-confirmation': {
    de: 'Keine Bestätigung nach zwei Tagen',
    en: 'No confirmation after two days',
  },
  'form-fails': {
    de: 'Das Formular lädt nicht oder zeigt einen Fehler',
    en: 'The form does not load or shows an error',
  },
  'already-trained': {
    de: 'Schon trainiert oder von anderen gepostet',
    en: 'Already trained on, or posted by others',
  },
  'legal-action': { de: 'Rechtliche Schritte', en: 'Legal action' },
};

/** Titles of situations shown ahead of time, while the deadline that leads to them runs. */
const AHEAD: Partial<Readonly<Record<SituationId, LocalizedText>>> = {
  'no-confirmation': {
    de: 'Falls nach zwei Tagen keine Bestätigung da ist',
    en: 'If no confirmation has come after two days',
  },
  'no-answer': {
    de: 'Falls bis zum Fristende keine Antwort kommt',
    en: 'If no answer comes by the deadline',
  },
  'reminder-unanswered': {
    de: 'Falls auch auf die Erinnerung keine Antwort kommt',
    en: 'If the reminder goes unanswered too',
  },
};

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
