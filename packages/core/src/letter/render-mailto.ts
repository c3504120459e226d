import type { Letter } from './model.js';
import { renderLetterBody } from './render-text.js';

/** The longest mailto link we produce; mail programs and browsers cut longer ones. */
export const MAX_MAILTO_LENGTH = 8000;

/**
 * A mailto: link (RFC 6068) that opens the person's mail program with recipient, subject and
 * body filled in; undefined when the recipient has no e-mail address or the text is too long
 * for a link (then offer the .eml file or copying instead).
 */
export function renderLetterMailto(letter: Letter): string | undefined {
  const to = letter.recipient.email;
  if (to === undefined) return undefined;
  const body = renderLetterBody(letter).replace(/\n/g, '\r\n');
  const link = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(body)}`;
  return link.length <= MAX_MAILTO_LENGTH ? link : undefined;
}
