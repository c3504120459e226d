// Lists shown in `--help`, written out so that the help does not load the core library
// (a test checks them against CLI_EVENT_KINDS and LETTER_KINDS).

/** The event kinds `case event` accepts. */
export const EVENT_KINDS_HELP =
  'drafted, submitted, setting-changed, confirmation-received, reply-received, deadline-extended, reminder-sent, complaint-filed, erasure-requested, access-requested, note, closed, evidence';

/** The letter kinds `letter` writes. */
export const LETTER_KINDS_HELP = 'objection, reminder, complaint, erasure, access, dossier';
