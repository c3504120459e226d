import { longDate, oneLine } from './context.js';
import type { Letter } from './model.js';
import { LETTER_TEXT } from './text/index.js';

/** Longest run without a break opportunity that is left to PDFKit's own word chopping. */
const MAX_RUN = 120;
/** Characters of a one-line field kept before measuring; more never fits on a line. */
const MAX_LINE_CHARS = 400;

/** Bidi controls and isolates: DejaVu has no glyphs for some, and PDFKit ignores them. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** C0/C1 controls except line feed (tabs are replaced before). */
const CONTROLS = /(?!\n)\p{Cc}/gu;

/**
 * Text for a multi-line block: CR/LF, CR and Unicode line separators become `\n`, tabs
 * become spaces, other control and bidi characters are removed, and very long unbroken runs
 * (URLs, hashes, hostile input) get zero-width break opportunities so wrapping stays fast.
 */
export function blockText(text: string): string {
  const lines = text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '');
  return breakLongRuns(lines).replace(/\n{3,}/g, '\n\n');
}

/**
 * Text for a field printed on one line (name, address line, subject): line breaks and
 * control characters collapse to single spaces, and the text is cut to what could fit.
 */
export function lineText(text: string): string {
  return oneLine(text.replace(BIDI_CONTROLS, '')).slice(0, MAX_LINE_CHARS);
}

/** Inserts U+200B into runs of more than {@link MAX_RUN} characters without whitespace. */
function breakLongRuns(text: string): string {
  return text.replace(new RegExp(`[^\\s\\u200b]{${MAX_RUN + 1},}`, 'g'), (run) => {
    const chars = Array.from(run);
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += MAX_RUN) {
      pieces.push(chars.slice(i, i + MAX_RUN).join(''));
    }
    return pieces.join('\u200b');
  });
}

/**
 * The date line of the information block: "Berlin, 29. November 2026" / "29 November
 * 2026". A date that is not a valid YYYY-MM-DD is printed as given instead of throwing.
 */
export function letterDate(letter: Letter): string {
  const date = isIsoDate(letter.date)
    ? longDate(letter.date, letter.locale)
    : lineText(letter.date);
  const place = letter.place === undefined ? '' : lineText(letter.place);
  return place ? `${place}, ${date}` : date;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T12:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** The words the renderer itself prints, in the letter's language. */
export function pdfLabels(letter: Letter): {
  readonly date: string;
  readonly enclosures: string;
  readonly page: (n: number, of: number) => string;
} {
  const { date, enclosures, page } = LETTER_TEXT[letter.locale].common;
  return { date, enclosures, page };
}
