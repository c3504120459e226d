import type { CalendarText, DeadlineEventText } from './ics-text.js';

const answerDue: DeadlineEventText = {
  summary: 'Opposition',
  what: 'réponse attendue',
  next: 'Si aucune réponse n’est arrivée d’ici là, envoyez une relance. Widerspruch vous indique l’étape suivante.',
};

/** Calendar events in French. */
export const fr: CalendarText = {
  account: (a) => `Compte : ${a}`,
  dueOn: (d) => `Échéance le ${d}.`,
  sentAndDue: (sent, due) => `Envoyée le ${sent}, échéance le ${due}.`,
  answerDue: 'réponse attendue',
  requestNext:
    'Si aucune réponse n’est arrivée d’ici là, vous pouvez introduire une réclamation auprès de l’autorité de contrôle (article 77 du RGPD).',
  objection: {
    'art-12-3-one-month': answerDue,
    'art-12-3-extended': answerDue,
    'reminder-two-weeks': {
      summary: 'Opposition',
      what: 'fin du délai de relance',
      next: 'Si aucune réponse n’est arrivée d’ici là, vous pouvez introduire une réclamation auprès de l’autorité de contrôle (article 77 du RGPD). Widerspruch vous indique l’étape suivante.',
    },
    'art-78-2-three-months': {
      summary: 'Réclamation',
      what: 'nouvelles de l’autorité attendues',
      next: 'Si l’autorité ne s’est pas manifestée d’ici là, demandez où en est le dossier ; vous pouvez aussi former un recours juridictionnel contre l’autorité (article 78, paragraphe 2, du RGPD).',
    },
  },
};
