import { longDate } from './context.js';
import type { Letter, LetterBlock } from './model.js';
import { LETTER_TEXT } from './text/index.js';

/** Options for plain-text letters. */
export interface TextOptions {
  /** Include sender and recipient addresses (off for e-mail bodies and web forms). */
  readonly addresses?: boolean;
}

/** The body of a letter as plain text: salutation, blocks, closing, enclosures. */
export function renderLetterBody(letter: Letter): string {
  const parts: string[] = [];
  if (letter.salutation) parts.push(letter.salutation);
  for (const block of letter.body) parts.push(renderBlock(block));
  if (letter.closing) parts.push(`${letter.closing}\n\n${letter.signature}`);
  if (letter.enclosures.length > 0) {
    const { enclosures: label, colon } = LETTER_TEXT[letter.locale].common;
    parts.push(`${label}${colon}\n${letter.enclosures.map((e) => `- ${e}`).join('\n')}`);
  }
  return parts.join('\n\n');
}

/**
 * A letter as plain text, for printing, e-mail or pasting into a web form. Lines end with
 * `\n`; nothing is hard-wrapped, so forms and mail programs wrap as they like.
 */
export function renderLetterText(letter: Letter, options: TextOptions = {}): string {
  const parts: string[] = [];
  if (options.addresses !== false) {
    const sender = [
      ...letter.sender.name,
      ...letter.sender.address,
      ...(letter.sender.email ? [letter.sender.email] : []),
    ];
    parts.push(sender.join('\n'));
    if (letter.recipient.name.length > 0 && letter.kind !== 'dossier') {
      parts.push([...letter.recipient.name, ...letter.recipient.address].join('\n'));
    }
    const date = longDate(letter.date, letter.locale);
    parts.push(letter.place ? `${letter.place}, ${date}` : date);
  }
  const { colon } = LETTER_TEXT[letter.locale].common;
  const refs = letter.references.map((r) => `${r.label}${colon} ${r.value}`).join('\n');
  parts.push(refs ? `${letter.subject}\n${refs}` : letter.subject);
  parts.push(renderLetterBody(letter));
  return `${parts.join('\n\n')}\n`;
}

function renderBlock(block: LetterBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'heading':
      return block.text.toUpperCase();
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'table':
      return [block.head.join(' | '), ...block.rows.map((row) => row.join(' | '))].join('\n');
  }
}
