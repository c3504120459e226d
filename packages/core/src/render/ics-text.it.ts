import type { CalendarText, DeadlineEventText } from './ics-text.js';

const answerDue: DeadlineEventText = {
  summary: 'Opposizione',
  what: 'risposta dovuta',
  next: 'Se entro quella data non è arrivata alcuna risposta, invii un sollecito. Widerspruch Le mostra il passo successivo.',
};

/** Calendar events in Italian. */
export const it: CalendarText = {
  account: (a) => `Account: ${a}`,
  dueOn: (d) => `Scadenza il ${d}.`,
  sentAndDue: (sent, due) => `Inviata il ${sent}, scadenza il ${due}.`,
  answerDue: 'risposta dovuta',
  requestNext:
    'Se entro quella data non è arrivata alcuna risposta, può proporre reclamo all’autorità di controllo (articolo 77 del RGPD).',
  objection: {
    'art-12-3-one-month': answerDue,
    'art-12-3-extended': answerDue,
    'reminder-two-weeks': {
      summary: 'Opposizione',
      what: 'scade il termine del sollecito',
      next: 'Se entro quella data non è arrivata alcuna risposta, può proporre reclamo all’autorità di controllo (articolo 77 del RGPD). Widerspruch Le mostra il passo successivo.',
    },
    'art-78-2-three-months': {
      summary: 'Reclamo',
      what: 'l’autorità deve dare notizie',
      next: 'Se l’autorità non si è fatta sentire entro quella data, chieda a che punto è il reclamo; può anche proporre ricorso giurisdizionale contro l’autorità (articolo 78, paragrafo 2, del RGPD).',
    },
  },
};
