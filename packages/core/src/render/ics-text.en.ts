import type { CalendarText, DeadlineEventText } from './ics-text.js';

const answerDue: DeadlineEventText = {
  summary: 'Objection',
  what: 'answer due',
  next: 'If no answer has come by then, send a reminder. Widerspruch shows you the next step.',
};

/** Calendar events in English. */
export const en: CalendarText = {
  account: (a) => `Account: ${a}`,
  dueOn: (d) => `Due on ${d}.`,
  sentAndDue: (sent, due) => `Sent on ${sent}, due on ${due}.`,
  answerDue: 'answer due',
  requestNext:
    'If no answer has come by then, you can complain to the supervisory authority (Art. 77 GDPR).',
  objection: {
    'art-12-3-one-month': answerDue,
    'art-12-3-extended': answerDue,
    'reminder-two-weeks': {
      summary: 'Objection',
      what: 'reminder deadline ends',
      next: 'If no answer has come by then, you can complain to the supervisory authority (Art. 77 GDPR). Widerspruch shows you the next step.',
    },
    'art-78-2-three-months': {
      summary: 'Complaint',
      what: "the authority's update due",
      next: 'If the authority has not reported back by then, ask about the progress; you may also take the authority to court (Art. 78(2) GDPR).',
    },
  },
};
