import type { CalendarText, DeadlineEventText } from './ics-text.js';

const answerDue: DeadlineEventText = {
  summary: 'Bezwaar',
  what: 'antwoord verwacht',
  next: 'Is er dan nog geen antwoord, stuur dan een herinnering. Widerspruch laat u de volgende stap zien.',
};

/** Calendar events in Dutch. */
export const nl: CalendarText = {
  account: (a) => `Account: ${a}`,
  dueOn: (d) => `Uiterlijk op ${d}.`,
  sentAndDue: (sent, due) => `Verstuurd op ${sent}, uiterlijk op ${due}.`,
  answerDue: 'antwoord verwacht',
  requestNext:
    'Is er dan nog geen antwoord, dan kunt u een klacht indienen bij de toezichthoudende autoriteit (artikel 77 AVG).',
  objection: {
    'art-12-3-one-month': answerDue,
    'art-12-3-extended': answerDue,
    'reminder-two-weeks': {
      summary: 'Bezwaar',
      what: 'termijn van de herinnering verstrijkt',
      next: 'Is er dan nog geen antwoord, dan kunt u een klacht indienen bij de toezichthoudende autoriteit (artikel 77 AVG). Widerspruch laat u de volgende stap zien.',
    },
    'art-78-2-three-months': {
      summary: 'Klacht',
      what: 'bericht van de toezichthouder verwacht',
      next: 'Heeft de toezichthouder dan nog niets laten horen, vraag dan hoe het ervoor staat; u kunt ook bij de rechter in beroep gaan tegen de toezichthouder (artikel 78, lid 2, AVG).',
    },
  },
};
