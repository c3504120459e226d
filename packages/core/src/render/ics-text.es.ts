import type { CalendarText, DeadlineEventText } from './ics-text.js';

const answerDue: DeadlineEventText = {
  summary: 'Oposición',
  what: 'vence el plazo de respuesta',
  next: 'Si para entonces no ha llegado ninguna respuesta, envíe un recordatorio. Widerspruch le muestra el siguiente paso.',
};

/** Calendar events in Spanish. */
export const es: CalendarText = {
  account: (a) => `Cuenta: ${a}`,
  dueOn: (d) => `Vence el ${d}.`,
  sentAndDue: (sent, due) => `Enviada el ${sent}, vence el ${due}.`,
  answerDue: 'vence el plazo de respuesta',
  requestNext:
    'Si para entonces no ha llegado ninguna respuesta, puede presentar una reclamación ante la autoridad de control (artículo 77 del RGPD).',
  objection: {
    'art-12-3-one-month': answerDue,
    'art-12-3-extended': answerDue,
    'reminder-two-weeks': {
      summary: 'Oposición',
      what: 'vence el plazo del recordatorio',
      next: 'Si para entonces no ha llegado ninguna respuesta, puede presentar una reclamación ante la autoridad de control (artículo 77 del RGPD). Widerspruch le muestra el siguiente paso.',
    },
    'art-78-2-three-months': {
      summary: 'Reclamación',
      what: 'la autoridad debe informar',
      next: 'Si la autoridad no ha dado noticias para entonces, pregunte por el estado del procedimiento; también puede recurrir judicialmente contra la autoridad (artículo 78, apartado 2, del RGPD).',
    },
  },
};
