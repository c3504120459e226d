import type { LocalizedText } from '@widerspruch/catalog';
import type { CaseEventKind, ReplyKind } from './model.js';

/** Each event kind in words, for timelines and confirmations (web app and CLI alike). */
export const EVENT_KIND_TEXT: Readonly<Record<CaseEventKind, LocalizedText>> = {
  drafted: { de: 'Angelegt', en: 'Created' },
  submitted: { de: 'Widerspruch abgeschickt', en: 'Objection sent' },
  'setting-changed': { de: 'Einstellung geändert', en: 'Setting changed' },
  'confirmation-received': { de: 'Bestätigung erhalten', en: 'Confirmation received' },
  'reply-received': { de: 'Antwort erhalten', en: 'Answer received' },
  'deadline-extended': { de: 'Frist verlängert', en: 'Deadline extended' },
  'reminder-sent': { de: 'Erinnerung geschickt', en: 'Reminder sent' },
  'evidence-added': { de: 'Nachweis gespeichert', en: 'Evidence kept' },
  'complaint-filed': { de: 'Beschwerde eingereicht', en: 'Complaint filed' },
  'erasure-requested': { de: 'Löschung verlangt', en: 'Erasure requested' },
  'access-requested': { de: 'Auskunft verlangt', en: 'Access requested' },
  note: { de: 'Notiz', en: 'Note' },
  closed: { de: 'Abgeschlossen', en: 'Closed' },
};

/** What a reply says, in words. */
export const REPLY_KIND_TEXT: Readonly<Record<ReplyKind, LocalizedText>> = {
  accepted: { de: 'Widerspruch angenommen', en: 'Objection accepted' },
  'asks-for-reason': { de: 'Fragt nach Gründen', en: 'Asks for reasons' },
  'asks-for-id': { de: 'Verlangt einen Identitätsnachweis', en: 'Asks for proof of identity' },
  rejected: { de: 'Widerspruch abgelehnt', en: 'Objection rejected' },
  other: { de: 'Etwas anderes', en: 'Something else' },
};

/** A follow-up request by its name, as its due date is shown (see `requestDeadlines`). */
export const REQUEST_KIND_TEXT: Readonly<
  Record<'access-requested' | 'erasure-requested', LocalizedText>
> = {
  'access-requested': { de: 'Auskunftsersuchen', en: 'Access request' },
  'erasure-requested': { de: 'Antrag auf Löschung', en: 'Erasure request' },
};
