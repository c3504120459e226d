import { type LetterContext, senderParty, wording } from './context.js';
import type { Letter, LetterBlock, LetterKind, LetterParty } from './model.js';

/** The parts every letter shares, filled from the context. */
export function baseLetter(
  ctx: LetterContext,
  parts: {
    kind: LetterKind;
    recipient: LetterParty;
    subject: string;
    body: readonly LetterBlock[];
    references: Letter['references'];
    enclosures?: readonly string[];
  },
): Letter {
  return {
    kind: parts.kind,
    locale: ctx.locale,
    sender: senderParty(ctx.sender),
    recipient: parts.recipient,
    date: ctx.today,
    subject: parts.subject,
    references: parts.references,
    salutation: wording(ctx).common.salutation,
    body: parts.body,
    closing: wording(ctx).common.closing,
    signature: ctx.sender.name,
    enclosures: parts.enclosures ?? [],
  };
}
