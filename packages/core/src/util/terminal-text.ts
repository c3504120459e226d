/**
 * Text for a terminal. Stored and third-party text (account names, notes, file names, the
 * From and Subject of a kept e-mail) may hold control characters: an ESC starts a sequence
 * that can retitle the terminal, clear it or paint fake output, a CR or LF can fake a row,
 * and a bidi override can show text reversed. These functions make them visible instead.
 */

// C0 controls, DEL and C1 controls; bidi embeddings, overrides and isolates; line and
// paragraph separators.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the purpose
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const UNSAFE_IN_BLOCK =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the purpose
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** A control character as a visible sign: its Control Picture (␛, ␍), else `<U+202E>`. */
function visible(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/**
 * One value on one line of terminal output: every control character, line break, tab and
 * bidi control is shown as a visible sign (an ESC as ␛, a line feed as ␊), so that the value
 * can neither run a terminal sequence nor start a line of its own.
 *
 * @example terminalValue('a\u001b[2Jb\nc') // 'a␛[2Jb␊c'
 */
export function terminalValue(text: string): string {
  return text.replace(UNSAFE, visible);
}

/**
 * A block of text of several lines (a note, a letter) for the terminal: line feeds and tabs
 * stay, a CR only before a line feed (CRLF); every other control character and bidi control
 * is shown as a visible sign.
 */
export function terminalBlock(text: string): string {
  return text
    .replace(/\r(?!\n)/g, '\u240d')
    .replace(UNSAFE_IN_BLOCK, (c) => (c === '\r' ? c : visible(c)));
}

// Controls that JSON.stringify leaves as they are (it escapes only C0).
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON text that is safe in a terminal and means the same: JSON.stringify escapes C0
 * controls, this escapes DEL, C1 controls and bidi controls as `\uXXXX` too.
 */
export function terminalJson(json: string): string {
  return json.replace(
    UNSAFE_IN_JSON,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

// What makes a JSON string literal differ from the text between two quotes, or unsafe in a
// terminal: a quote, a backslash, C0 controls and lone surrogates (JSON.stringify escapes
// them), DEL, C1 and bidi controls (terminalJson escapes them). With the u flag a surrogate
// pair is one code point, so an emoji does not match.
const NOT_PLAIN_IN_JSON =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the purpose
  /["\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]/u;

/**
 * A text as a JSON string literal that is safe in a terminal: the same as
 * `terminalJson(JSON.stringify(text))`, several times faster for the common text that needs
 * no escape (one search, no copy), for output of millions of values.
 *
 * @example terminalJsonString('a"\u202e') // '"a\\"\\u202e"'
 */
export function terminalJsonString(text: string): string {
  return NOT_PLAIN_IN_JSON.test(text) ? terminalJson(JSON.stringify(text)) : `"${text}"`;
}

// What terminalJsonString escapes, and every surrogate (no u flag: a pair matches too).
const NOT_PLAIN_IN_JSON_UNITS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the purpose
  /["\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]/;

/**
 * Whether every part of `text` is its own JSON string content: true only if the text holds
 * nothing {@link terminalJsonString} escapes and no surrogate at all (so that it holds for
 * any slice of a concatenation too, where two lone surrogates could meet as a pair). One
 * search over many values joined, instead of one per value.
 */
export function isPlainJsonText(text: string): boolean {
  return !NOT_PLAIN_IN_JSON_UNITS.test(text);
}
