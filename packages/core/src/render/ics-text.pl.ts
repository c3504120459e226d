import type { CalendarText, DeadlineEventText } from './ics-text.js';

const answerDue: DeadlineEventText = {
  summary: 'Sprzeciw',
  what: 'termin odpowiedzi',
  next: 'Jeśli do tego czasu nie przyjdzie odpowiedź, należy wysłać przypomnienie. Widerspruch wskaże kolejny krok.',
};

/** Calendar events in Polish. */
export const pl: CalendarText = {
  account: (a) => `Konto: ${a}`,
  dueOn: (d) => `Termin: ${d}`,
  sentAndDue: (sent, due) => `Wysłano ${sent}, termin: ${due}`,
  answerDue: 'termin odpowiedzi',
  requestNext:
    'Jeśli do tego czasu nie przyjdzie odpowiedź, można złożyć skargę do organu nadzorczego (art. 77 RODO).',
  objection: {
    'art-12-3-one-month': answerDue,
    'art-12-3-extended': answerDue,
    'reminder-two-weeks': {
      summary: 'Sprzeciw',
      what: 'upływa termin z przypomnienia',
      next: 'Jeśli do tego czasu nie przyjdzie odpowiedź, można złożyć skargę do organu nadzorczego (art. 77 RODO). Widerspruch wskaże kolejny krok.',
    },
    'art-78-2-three-months': {
      summary: 'Skarga',
      what: 'termin informacji od organu nadzorczego',
      next: 'Jeśli organ nadzorczy do tego czasu się nie odezwie, warto zapytać o stan sprawy; można też wnieść skargę do sądu na organ (art. 78 ust. 2 RODO).',
    },
  },
};
