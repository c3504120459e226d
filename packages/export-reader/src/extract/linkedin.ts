import { csvRecords } from '../csv.js';
import { isoFromMillis } from '../text.js';
import { type ItemDraft, joinTexts } from './draft.js';

/** A file-level extractor for CSV text. */
export type CsvExtractor = (text: string) => ItemDraft[];

/**
 * Parses LinkedIn's `YYYY-MM-DD HH:MM:SS` (UTC) and the 2018 form `YYYY/MM/DD HH:MM:SS UTC`
 * to ISO, or undefined.
 */
export function linkedinDate(value: string | undefined): string | undefined {
  const m = value
    ?.trim()
    .match(/^(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?(?: UTC)?$/);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return isoFromMillis(Date.UTC(+(y ?? 0), +(mo ?? 1) - 1, +(d ?? 1), +h, +mi, +s));
}

// Visibility values whose meaning is plain from the word itself. `MEMBER_NETWORK` stands on
// every post of many exports, clearly public ones too, and no source explains it: it and
// any other value give no audience (shown as unknown).
const AUDIENCES: Record<string, string> = {
  CONNECTIONS: 'connections',
  CONNECTIONS_ONLY: 'connections',
  PUBLIC: 'public',
};

function audience(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? AUDIENCES[v.toUpperCase()] : undefined;
}

/**
 * A post's text without the quote marks LinkedIn puts around each line of a multi-line
 * post (`"first line"` / `"second line"`); single-line texts are left as written.
 */
export function unquoteLines(text: string | undefined): string | undefined {
  if (text === undefined || !text.includes('\n')) return text;
  const lines = text.split(/\r?\n/);
  const wrapped = (l: string) => l.trim() === '' || /^\s*".*"\s*$/.test(l);
  if (!lines.every(wrapped)) return text;
  return lines.map((l) => l.trim().replace(/^"(.*)"$/, '$1')).join('\n');
}

const startsWithDate = (fields: readonly string[]) =>
  /^\d{4}[-/]\d{2}[-/]\d{2}/.test(fields[0] ?? '');

/**
 * Own posts (`Shares.csv`; 2018: `Share Commentary`, `Media URL`, TAB-separated UTF-16):
 * text, date, visibility, one media link if given.
 */
export const linkedinShares: CsvExtractor = (text) =>
  csvRecords(text, 'ShareCommentary').map((r, index) => ({
    kind: 'post',
    index,
    date: linkedinDate(r.date),
    text: unquoteLines(r.sharecommentary),
    audience: audience(r.visibility),
    media: r.mediaurl?.trim() ? 1 : 0,
  }));

/** Own comments (`Comments.csv`); unquoted line breaks continue the comment before. */
export const linkedinComments: CsvExtractor = (text) =>
  csvRecords(text, 'Message', { startsRecord: startsWithDate }).map((r, index) => ({
    kind: 'comment',
    index,
    date: linkedinDate(r.date),
    text: unquoteLines(r.message),
    media: 0,
  }));

/** The profile (`Profile.csv`): name, headline and summary. */
export const linkedinProfile: CsvExtractor = (text) =>
  csvRecords(text, 'First Name')
    .slice(0, 1)
    .map((r) => ({
      kind: 'profile',
      index: 0,
      text: joinTexts([`${r.firstname ?? ''} ${r.lastname ?? ''}`, r.headline, r.summary]),
      media: 0,
    }));
