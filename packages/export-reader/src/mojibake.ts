/**
 * Repairs Meta's export encoding, where each UTF-8 byte of a string was written as its own
 * `\u00XX` escape (`Gr\u00c3\u00bc\u00c3\u009fe`, shown as "GrÃ¼Ã\u009fe", → "Grüße").
 * Guarded so that correct text stays untouched: only strings whose characters are all
 * ≤ U+00FF, with at least one ≥ U+0080, whose bytes form valid UTF-8 (strictly: no
 * overlong forms, surrogates or truncated sequences), are changed.
 *
 * @example repairMojibake('K\u00c3\u00b6ln') // 'Köln'
 */
export function repairMojibake(text: string): string {
  return decodeBytes(text) ?? text;
}

/**
 * {@link repairMojibake} on the start of a long text only: the first `max` characters after
 * repair (at least), cut between UTF-8 sequences. The guard then judges the start alone: a
 * long text whose first 4 × `max` characters are mojibake is repaired there even if a later
 * character rules mojibake out (harmless for an excerpt; Meta's exports are mojibake
 * throughout). Returns the repaired head and whether the text was cut.
 */
export function repairMojibakeHead(text: string, max: number): { text: string; cut: boolean } {
  // A UTF-8 sequence is at most 4 bytes for at least 1 UTF-16 code unit.
  let end = 4 * Math.max(1, max);
  if (text.length <= end) return { text: repairMojibake(text), cut: false };
  // Step back over continuation bytes (0x80–0xBF) to the start of a sequence.
  for (let k = 0; k < 3 && end > 1; k++) {
    const c = text.charCodeAt(end);
    if (c < 0x80 || c > 0xbf) break;
    end--;
  }
  return { text: repairMojibake(text.slice(0, end)), cut: true };
}

// Reused output buffer of UTF-16 code units (a plain array: `String.fromCharCode.apply`
// takes it several times faster than a typed array).
const scratch: number[] = [];

/**
 * Decodes a string of byte values (characters ≤ U+00FF) as strict UTF-8 (RFC 3629):
 * undefined if a character is above U+00FF, none is above U+007F, or the bytes are invalid
 * (overlong forms, surrogates, code points above U+10FFFF, truncated sequences).
 */
function decodeBytes(bytes: string): string | undefined {
  const n = bytes.length;
  // Most texts are plain ASCII: found without writing a code unit, and left as they are.
  let start = 0;
  while (start < n && bytes.charCodeAt(start) < 0x80) start++;
  if (start === n) return undefined;
  const out = scratch;
  let w = 0;
  for (let i = start; i < n; ) {
    const lead = bytes.charCodeAt(i);
    if (lead < 0x80) {
      out[w++] = lead;
      i++;
      continue;
    }
    // Bytes after the lead, and the smallest code point that needs this many (no overlongs).
    const need = lead < 0xc2 ? 0 : lead <= 0xdf ? 1 : lead <= 0xef ? 2 : lead <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= n) return undefined;
    let cp = lead & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes.charCodeAt(i + k);
      if (next < 0x80 || next > 0xbf) return undefined;
      cp = (cp << 6) | (next & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    if (cp >= 0x10000) {
      out[w++] = 0xd800 + ((cp - 0x10000) >> 10);
      out[w++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else {
      out[w++] = cp;
    }
    i += need + 1;
  }
  // Every sequence of 2–4 bytes is 1–2 code units: nothing was decoded if nothing shrank.
  return w === n - start ? undefined : bytes.slice(0, start) + fromCodeUnits(out, w);
}

/** A string from the first `length` code units (in slices: `apply` has an argument limit). */
function fromCodeUnits(units: number[], length: number): string {
  units.length = length;
  if (length <= 8192) return String.fromCharCode.apply(null, units);
  let text = '';
  for (let at = 0; at < length; at += 8192) {
    text += String.fromCharCode.apply(null, units.slice(at, at + 8192));
  }
  return text;
}

/**
 * The inverse of {@link repairMojibake}: writes a string the way Meta's exports do (each
 * UTF-8 byte as one character). For tests and synthetic exports.
 */
export function toMojibake(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}
