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

// Anything but printable ASCII (searched natively).
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/**
 * Whether a text is its own excerpt, with nothing to repair either: printable ASCII (most
 * texts), not empty, no space at either end or twice in a row, and short enough. One
 * search instead of the repair's and the excerpt's.
 */
export function isOwnExcerpt(text: string): boolean {
  const n = text.length;
  return (
    n > 0 &&
    n <= EXCERPT_LENGTH &&
    text.charCodeAt(0) !== 0x20 &&
    text.charCodeAt(n - 1) !== 0x20 &&
    !text.includes('  ') &&
    !NOT_PRINTABLE_ASCII.test(text)
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
// The date part of the last day asked for (exports list many items a day), the time of
// day per second ("HH:MM:SS", made when first asked for) and ".mmmZ" per millisecond: a
// timestamp is then two concatenations, not eight.
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const MILLIS = Array.from({ length: 1000 }, (_, i) => `.${String(i).padStart(3, '0')}Z`);
const TIMES: (string | undefined)[] = Array.from({ length: 86_400 }, () => undefined);
let lastDay = Number.NaN;
let lastDayPrefix = '';

/** "HH:MM:SS" of a second of the day. */
function timeOfDay(second: number): string {
  let time = TIMES[second];
  if (time === undefined) {
    const hours = Math.floor(second / 3600);
    const minutes = Math.floor((second - hours * 3600) / 60);
    time = `${TWO[hours]}:${TWO[minutes]}:${TWO[second - hours * 3600 - minutes * 60]}`;
    TIMES[second] = time;
  }
  return time;
}

/** An ISO 8601 UTC timestamp from milliseconds, or undefined outside 1990–2100 or invalid. */
export function isoFromMillis(ms: number): string | undefined {
  if (!Number.isFinite(ms) || ms < MIN_DATE || ms >= MAX_DATE) return undefined;
  const whole = Math.floor(ms);
  const day = Math.floor(whole / 86_400_000);
  if (day !== lastDay) {
    lastDay = day;
    lastDayPrefix = new Date(day * 86_400_000).toISOString().slice(0, 11); // "YYYY-MM-DDT"
  }
  const rest = whole - day * 86_400_000;
  const second = Math.floor(rest / 1000);
  return lastDayPrefix + timeOfDay(second) + MILLIS[rest - second * 1000];
}

/** An ISO timestamp from Unix seconds (how Meta exports dates), or undefined. */
export function isoFromSeconds(value: unknown): string | undefined {
  return typeof value === 'number' ? isoFromMillis(value * 1000) : undefined;
}
