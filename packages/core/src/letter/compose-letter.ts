import { accessLetter } from './access.js';
import { complaintLetter } from './complaint.js';
import type { LetterContext } from './context.js';
import { dossierLetter } from './dossier.js';
import { erasureLetter } from './erasure.js';
import type { Letter, LetterKind } from './model.js';
import { objectionLetter } from './objection.js';
import { reminderLetter } from './reminder.js';

const WRITERS: Readonly<Record<LetterKind, (ctx: LetterContext) => Letter>> = {
  objection: objectionLetter,
  reminder: reminderLetter,
  complaint: complaintLetter,
  erasure: erasureLetter,
  access: accessLetter,
  dossier: dossierLetter,
};

/**
 * Writes a letter of the given kind from a case. A complaint needs `ctx.authority` (see
 * `findAuthorities`); every other kind goes to the controller.
 */
export function composeLetter(kind: LetterKind, ctx: LetterContext): Letter {
  return WRITERS[kind](ctx);
}
