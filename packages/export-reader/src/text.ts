/** Longest text excerpt kept per item, in UTF-16 code units. */
export const EXCERPT_LENGTH = 200;

// C0 and C1 control characters, DEL, bidi overrides and isolates: never shown as they are.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const UNSHOWN = /[\s\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

// Control characters and white space other than the plain space (searched for natively).
const SPECIAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]/;

/** Whether cleaning would change the text: a special character, or a space not single and inner. */
function needsCleaning(text: string): boolean {
  return (
    text.charCodeAt(0) === 0x20 ||
    text.charCodeAt(text.length - 1) === 0x20 ||
    text.includes('  ') ||
    SPECIAL.test(text)
  );
}

/** How much of a text is looked at for an excerpt (bounds the work on huge texts). */
export const EXCERPT_SOURCE_LENGTH = 4 * EXCERPT_LENGTH;

/**
 * A one-line excerpt of at most {@link EXCERPT_LENGTH} code units: control characters and
 * line breaks become spaces, runs of white space collapse, and a cut never splits an
 * emoji's surrogate pair. Returns undefined for empty text. `cut` says that `text` is
 * already the start of a longer text (the excerpt then ends with "…").
 */
export function excerpt(text: string | undefined, cut = false): string | undefined {
  if (text === undefined) return undefined;
  const head = text.length > EXCERPT_SOURCE_LENGTH ? text.slice(0, EXCERPT_SOURCE_LENGTH) : text;
  const flat = needsCleaning(head) ? head.replace(UNSHOWN, ' ').trim() : head;
  if (flat === '') return undefined;
  if (flat.length <= EXCERPT_LENGTH && head === text && !cut) return flat;
  let end = Math.min(flat.length, EXCERPT_LENGTH - 1);
  const last = flat.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${flat.slice(0, end)}…`;
}

const MIN_DATE = Date.UTC(1990, 0, 1);
const MAX_DATE = Date.UTC(2100, 0, 1);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO 8601 UTC timestamp from milliseconds, or undefined outside 1990–2100 or invalid. */
export function isoFromMillis(ms: number): string | undefined {
  if (!Number.isFinite(ms) || ms < MIN_DATE || ms >= MAX_DATE) return undefined;
  const whole = Math.floor(ms);
  const days = Math.floor(whole / 86_400_000);
  const inDay = whole - days * 86_400_000;
  const { y, m, d } = civilFromDays(days);
  const time = `${pad(Math.floor(inDay / 3_600_000))}:${pad(Math.floor(inDay / 60_000) % 60)}:${pad(Math.floor(inDay / 1000) % 60)}`;
  return `${y}-${pad(m)}-${pad(d)}T${time}.${pad(inDay % 1000, 3)}Z`;
}

/** Year, month and day of a count of days since 1970-01-01 (H. Hinnant's algorithm). */
function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** An ISO timestamp from Unix seconds (how Meta exports dates), or undefined. */
export function isoFromSeconds(value: unknown): string | undefined {
  return typeof value === 'number' ? isoFromMillis(value * 1000) : undefined;
}
