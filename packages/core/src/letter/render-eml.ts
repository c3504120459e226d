import { createMimeMessage } from 'mimetext';
import { encodeBase64 } from '../util/base64.js';
import { oneLine } from './context.js';
import type { Letter } from './model.js';
import { renderLetterBody } from './render-text.js';

/**
 * A letter as an e-mail message (RFC 5322, CRLF line ends, encoded headers, UTF-8 body),
 * built with mimetext so that CR/LF in names or subjects can never add header lines.
 * `now` is the Date header (the caller's clock).
 */
export function renderLetterEml(letter: Letter, now: Date): string {
  const message = createMimeMessage();
  const fromName = oneLine(letter.sender.name.join(' '));
  const fromAddr = letter.sender.email ? oneLine(letter.sender.email) : 'unknown@example.invalid';
  message.setSender({ name: fromName, addr: fromAddr });
  if (letter.recipient.email) {
    message.setRecipient({
      name: oneLine(letter.recipient.name[0] ?? ''),
      addr: oneLine(letter.recipient.email),
    });
  }
  message.setSubject(oneLine(letter.subject));
  message.setHeader('Date', now.toUTCString());
  // Base64 in 76-character lines (RFC 2045): the body is UTF-8 with umlauts, never 7-bit.
  const text = renderLetterBody(letter).replace(/\n/g, '\r\n');
  const body = encodeBase64(new TextEncoder().encode(text));
  const data = body.match(/.{1,76}/g)?.join('\r\n') ?? '';
  message.addMessage({ contentType: 'text/plain', charset: 'UTF-8', encoding: 'base64', data });
  return message.asRaw().replace(/\r?\n/g, '\r\n');
}
