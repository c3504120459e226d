import type { Locale } from '@widerspruch/catalog';
import type { CaseEventKind, ReplyKind } from '@widerspruch/core';

/**
 * Event kinds in words, in the same wording as the web app (`event.*` in its message
 * catalogs), for timelines and confirmations. Scripts get the ids (`--json`).
 */
export const EVENT_KIND_LABEL: Readonly<Record<CaseEventKind, Record<Locale, string>>> = {
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

/** What a reply says, in the web app's wording (`reply.*`). */
export const REPLY_KIND_LABEL: Readonly<Record<ReplyKind, Record<Locale, string>>> = {
  accepted: { de: 'Widerspruch angenommen', en: 'Objection accepted' },
  'asks-for-reason': { de: 'Fragt nach Gründen', en: 'Asks for reasons' },
  rejected: { de: 'Widerspruch abgelehnt', en: 'Objection rejected' },
  other: { de: 'Etwas anderes', en: 'Something else' },
};

/** An event kind in words; `evidence` (attaching a file on the command line) reads as `evidence-added`. */
export function eventKindLabel(kind: CaseEventKind | 'evidence', locale: Locale): string {
  return EVENT_KIND_LABEL[kind === 'evidence' ? 'evidence-added' : kind][locale];
}
