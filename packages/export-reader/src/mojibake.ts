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
 * Decodes a string of byte values (characters ≤ U+00FF) as strict UTF-8 (RFC 3629):
 * undefined if a character is above U+00FF, none is above U+007F, or the bytes are invalid.
 */
function decodeBytes(bytes: string): string | undefined {
  let out = '';
  let start = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes.charCodeAt(i);
    if (lead < 0x80) {
      i++;
      continue;
    }
    const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
    if (lead < 0xc2 || lead > 0xf4 || i + need >= bytes.length) return undefined;
    let cp = lead & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const next = bytes.charCodeAt(i + k);
      if (next < 0x80 || next > 0xbf) return undefined;
      cp = (cp << 6) | (next & 0x3f);
    }
    if (need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) return undefined;
    if (need === 3 && (cp < 0x10000 || cp > 0x10ffff)) return undefined;
    out += bytes.slice(start, i) + String.fromCodePoint(cp);
    i += need + 1;
    start = i;
  }
  return start === 0 ? undefined : out + bytes.slice(start);
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
