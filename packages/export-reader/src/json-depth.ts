/**
 * Whether the JSON text nests arrays and objects at most `max` deep. Strings are skipped
 * (brackets inside them do not count); malformed text is left for `JSON.parse` to reject.
 */
export function withinJsonDepth(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue; // white space first: most of what lies outside strings
    if (c === 0x22) {
      i = endOfString(text, i);
      if (i < 0) return true;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) return false;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return true;
}

/** Index of the quote that closes the string opening at `start`, or -1. */
function endOfString(text: string, start: number): number {
  let j = start;
  for (;;) {
    j = text.indexOf('"', j + 1);
    if (j < 0) return -1;
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return j;
  }
}
