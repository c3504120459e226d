import type { CaseText } from './case-text.js';

/** The case wording in English. */
export const en: CaseText = {
  state: {
    draft: 'Draft',
    'awaiting-confirmation': 'Confirmation expected (usually within 24 hours)',
    'no-confirmation': 'No confirmation has come',
    'awaiting-answer': 'Sent, answer pending',
    overdue: 'Deadline passed',
    reminded: 'Reminded, deadline running',
    'reminder-overdue': 'The reminder deadline has passed too',
    confirmed: 'Confirmed',
    'asks-for-reason': 'Reasons requested',
    'asks-for-id': 'Proof of identity requested',
    rejected: 'Rejected',
    answered: 'Answer received',
    complained: 'Complaint filed',
    'setting-off': 'Setting changed',
    closed: 'Closed',
  },
  event: {
    drafted: 'Created',
    submitted: 'Objection sent',
    'setting-changed': 'Setting changed',
    'confirmation-received': 'Confirmation received',
    'reply-received': 'Answer received',
    'deadline-extended': 'Deadline extended',
    'reminder-sent': 'Reminder sent',
    'evidence-added': 'Evidence kept',
    'complaint-filed': 'Complaint filed',
    'erasure-requested': 'Erasure requested',
    'access-requested': 'Access requested',
    note: 'Note',
    closed: 'Closed',
  },
  reply: {
    accepted: 'Objection accepted',
    'asks-for-reason': 'Asks for reasons',
    'asks-for-id': 'Asks for proof of identity',
    rejected: 'Objection rejected',
    other: 'Something else',
  },
  request: { 'access-requested': 'Access request', 'erasure-requested': 'Erasure request' },
  situation: {
    'no-answer': 'No answer by the deadline',
    'reminder-unanswered': 'No answer to the reminder either',
    'asks-for-reason': 'The company asks for reasons',
    'asks-for-id': 'The company asks for proof of identity',
    rejected: 'Objection rejected',
    'authority-silent': 'The authority does not report back',
    'no-confirmation': 'No confirmation after two days',
    'form-fails': 'The form does not load or shows an error',
    'already-trained': 'Already trained on, or posted by others',
    'legal-action': 'Legal action',
  },
  ahead: {
    'no-confirmation': 'If no confirmation has come after two days',
    'no-answer': 'If no answer comes by the deadline',
    'reminder-unanswered': 'If the reminder goes unanswered too',
  },
  step: {
    'resubmit-form':
      'Look for the confirmation in your spam folder; if nothing is there, simply object again through the form',
    reminder: 'Send a reminder with a two-week deadline',
    complaint: 'Complain to the data protection authority (Art. 77 GDPR)',
    'resubmit-with-grounds': 'Object again, with grounds from your particular situation',
    erasure: 'Ask for erasure (Art. 17(1)(c) GDPR) and restriction until then (Art. 18(1)(d) GDPR)',
    'in-app-route': 'Take the route through the app’s menus (see the guide)',
    'objection-letter': 'Object by letter or e-mail to the company and keep the letter as evidence',
    'hide-or-delete': 'Hide or delete older posts so that they are no longer public',
    'ask-others': 'Ask people who post about you to object themselves',
    access: 'Ask whether and which of your data went into training (Art. 15 GDPR)',
    dossier: 'Create a dossier for a lawyer or a consumer centre',
    'answer-id-request':
      'Send the objection again, with the account details the company already holds',
    'ask-authority':
      'Ask the authority about the progress; an action under Art. 78(2) GDPR is possible',
  },
  next: {
    submit: 'Send the objection and record it here.',
    'expect-confirmation': 'Wait for the confirmation e-mail and record it as soon as it arrives.',
    'check-spam-resubmit':
      'No confirmation yet: look in your spam folder. If nothing is there, simply object again through the form.',
    wait: 'Wait. Record the confirmation as soon as it arrives.',
    'send-reminder': 'The deadline has passed. Send a reminder with a two-week deadline.',
    complain:
      'The deadline in your reminder has passed too. You can complain to a data protection authority (Art. 77 GDPR).',
    'resubmit-with-grounds':
      'The company asks for reasons. Submit the objection again, with grounds from your particular situation.',
    'answer-id-request':
      'The company asks for proof of identity. Answer with the details it already holds (account, e-mail address); it may ask for more only if it has reasonable doubts about your identity (Art. 12(6) GDPR).',
    'review-answer': 'Read the answer and record whether it accepts or rejects the objection.',
    'escalate-rejection':
      'The objection was rejected. You can complain to a data protection authority (Art. 77 GDPR) and ask for your data to be erased (Art. 17 GDPR).',
    'keep-proof': 'Done. Keep the confirmation as proof.',
    'wait-for-authority':
      'Your complaint is with the supervisory authority. It must inform you of its progress within three months.',
    'authority-silent':
      'The authority has not reported back within three months. Ask about the progress; you may also take the authority to court (Art. 78(2) GDPR) – get advice for that.',
    none: 'Nothing left to do.',
  },
};
