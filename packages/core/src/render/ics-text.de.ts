import type { CalendarText, DeadlineEventText } from './ics-text.js';

const answerDue: DeadlineEventText = {
  summary: 'Widerspruch',
  what: 'Antwort fällig',
  next: 'Ist bis dahin keine Antwort gekommen, schicken Sie eine Erinnerung. Widerspruch zeigt Ihnen den nächsten Schritt.',
};

/** Calendar events in German. */
export const de: CalendarText = {
  account: (a) => `Konto: ${a}`,
  dueOn: (d) => `Fällig am ${d}.`,
  sentAndDue: (sent, due) => `Abgeschickt am ${sent}, fällig am ${due}.`,
  answerDue: 'Antwort fällig',
  requestNext:
    'Ist bis dahin keine Antwort gekommen, können Sie sich bei der Aufsichtsbehörde beschweren (Art. 77 DSGVO).',
  objection: {
    'art-12-3-one-month': answerDue,
    'art-12-3-extended': answerDue,
    'reminder-two-weeks': {
      summary: 'Widerspruch',
      what: 'Erinnerungsfrist endet',
      next: 'Ist bis dahin keine Antwort gekommen, können Sie sich bei der Aufsichtsbehörde beschweren (Art. 77 DSGVO). Widerspruch zeigt Ihnen den nächsten Schritt.',
    },
    'art-78-2-three-months': {
      summary: 'Beschwerde',
      what: 'Nachricht der Aufsichtsbehörde fällig',
      next: 'Hat sich die Aufsichtsbehörde bis dahin nicht gemeldet, fragen Sie nach dem Stand; Sie können auch gerichtlich gegen die Aufsichtsbehörde vorgehen (Art. 78 Abs. 2 DSGVO).',
    },
  },
};
