const BACKSLASH = 0x5c;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** The byte a `\u00XX` escape at `at` stands for, if XX ≥ 0x80; otherwise -1. */
function escapedHighByte(bytes: Uint8Array, at: number): number {
  if (
    at + 5 >= bytes.length ||
    bytes[at + 1] !== 0x75 ||
    bytes[at + 2] !== 0x30 ||
    bytes[at + 3] !== 0x30
  ) {
    return -1;
  }
  const hi = hexValue(bytes[at + 4] ?? 0);
  const lo = hexValue(bytes[at + 5] ?? 0);
  return hi >= 8 && lo >= 0 ? hi * 16 + lo : -1;
}

/** Length in bytes of the UTF-8 sequence that `lead` starts, or 0 if it starts none. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The range the second byte of a sequence must lie in (RFC 3629 §4: no overlongs, surrogates). */
function secondByteOk(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0;
  if (lead === 0xed) return second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90;
  if (lead === 0xf4) return second <= 0x8f;
  return true;
}

/** How many escapes at `at` spell one well-formed UTF-8 sequence (2–4), or 0. */
function escapedSequenceLength(bytes: Uint8Array, at: number): number {
  const lead = escapedHighByte(bytes, at);
  const length = sequenceLength(lead);
  for (let k = 1; k < length; k++) {
    const next = bytes[at + 6 * k] === BACKSLASH ? escapedHighByte(bytes, at + 6 * k) : -1;
    if (next < 0x80 || next > 0xbf || (k === 1 && !secondByteOk(lead, next))) return 0;
  }
  return length;
}

/**
 * Repairs Meta's mojibake in raw JSON bytes, before parsing: each run of `\u00XX` escapes
 * that spells a well-formed UTF-8 sequence (`\u00c3\u00bc`) becomes those UTF-8 bytes
 * (`ü`). Escapes that spell no valid sequence, such as Latin-1 text written correctly
 * (`caf\u00e9`), stay as they are. One pass over the bytes, no string per value.
 */
export function repairMojibakeJson(bytes: Uint8Array): Uint8Array {
  const first = bytes.indexOf(BACKSLASH);
  if (first < 0) return bytes;
  const out = new Uint8Array(bytes.length);
  out.set(bytes.subarray(0, first));
  let w = first;
  for (let i = first; i < bytes.length; ) {
    const length = escapedSequenceLength(bytes, i);
    if (length === 0) {
      // Not ours: keep the backslash and the character it escapes (so `\\` stays a pair).
      out[w++] = BACKSLASH;
      if (i + 1 < bytes.length) out[w++] = bytes[i + 1] as number;
      i += 2;
    } else {
      for (let k = 0; k < length; k++) out[w++] = escapedHighByte(bytes, i + 6 * k);
      i += 6 * length;
    }
    if (i >= bytes.length) break;
    const next = bytes.indexOf(BACKSLASH, i);
    const end = next < 0 ? bytes.length : next;
    if (end - i > 16) out.set(bytes.subarray(i, end), w);
    else for (let k = i; k < end; k++) out[w + k - i] = bytes[k] as number;
    w += end - i;
    i = end;
  }
  return out.subarray(0, w);
}
