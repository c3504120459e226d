import type { LetterNotes } from './model.js';

/** English notes about letters. */
export const letterNotesEn: LetterNotes = {
  'not-sent': () =>
    'The objection is not recorded as sent; the letter would state a wrong date. First record when you sent it.',
  'no-prior-request': () =>
    'Since 2 April 2027 a complaint about an objection must be preceded by that objection to the company (Regulation (EU) 2025/2518), and the complaint states its date and evidence. No sent objection is recorded in this case. First object to the company and record when you did.',
  'not-due-reminder': (n, w) =>
    `The deadline for the answer runs until ${w.date(n.due ?? '')}; a reminder would claim it has passed. Send the reminder only after that.`,
  'not-due-reminded': (n, w) =>
    `The deadline in your reminder runs until ${w.date(n.due ?? '')}. If no answer comes by then, a complaint is the next step.`,
  'not-due-complaint': (n, w) =>
    `The deadline for the answer runs until ${w.date(n.due ?? '')}; the complaint letter would claim it has passed. You can write it once the deadline has passed or you have recorded an answer that does not satisfy you.`,
  answered: () =>
    'The company has answered; a reminder is for when no answer comes. If the answer is not good enough, you can complain.',
  'confirmed-reminder': () =>
    'The company confirmed your objection; no reminder is needed. Keep the confirmation as proof.',
  'confirmed-complaint': () =>
    'The company confirmed your objection; the complaint letter would claim it was rejected or not answered. If the company rejects it later after all, record that answer in the case.',
  'asks-for-reason': () =>
    'The company asked for reasons. Instead of a reminder, a new objection with grounds from your particular situation fits now (Art. 21(1) GDPR). You can also complain to the supervisory authority.',
  'asks-for-id': () =>
    'The company asked for proof of identity. Instead of a reminder, send the objection again with the account details the company already holds. You can also complain to the supervisory authority.',
  'web-form': () =>
    'You objected through the form; it is answered not within a deadline but by a confirmation e-mail, usually within 24 hours. If none comes, look in your spam folder and simply object again through the form. If that does not work, object by letter; the one-month deadline then runs for the letter.',
  closed: () =>
    'The case is recorded as closed; no further letters are meant for it. If it goes on, start a new case.',
  complained: () =>
    'You have already complained to the supervisory authority; a reminder to the company is no longer the next step.',
  'prior-request': () =>
    'Since 2 April 2027 a complaint must be preceded by your objection to the company (Regulation (EU) 2025/2518). The letter states when you objected; send your evidence (confirmation, screenshot, letter) with it.',
  'language-interface': (n, w) =>
    `The letter is in ${w.language(n.language)}, your language; the authority takes complaints in ${w.language(n.language)}.`,
  'language-chosen': (n, w) =>
    `The letter is in ${w.language(n.language)}, as chosen; the authority takes complaints in ${w.language(n.language)}.`,
  'language-authority': (n, w) =>
    `The letter is in ${w.language(n.language)}: the authority takes complaints in ${w.languages(n.accepted)}, not in ${w.language(n.interfaceLocale)}.`,
  'language-fallback': (n, w) =>
    `The authority takes complaints in ${w.languages(n.accepted)}; Widerspruch cannot write the letter in that language. It is therefore in ${w.language(n.language)}; have it translated before you send it.`,
  translation: (n, w) =>
    `For reading only: the same complaint in ${w.self}. Do not send this; send the letter in ${w.language(n.language)}.`,
};
