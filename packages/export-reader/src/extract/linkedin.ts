import { csvRecords } from '../csv.js';
import { isoFromMillis } from '../text.js';
import { type ItemDraft, joinTexts } from './draft.js';

/** A file-level extractor for CSV text. */
export type CsvExtractor = (text: string) => ItemDraft[];

/** Parses LinkedIn's `YYYY-MM-DD HH:MM:SS` (UTC) to ISO, or undefined. */
export function linkedinDate(value: string | undefined): string | undefined {
  const m = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return isoFromMillis(Date.UTC(+(y ?? 0), +(mo ?? 1) - 1, +(d ?? 1), +h, +mi, +s));
}

const AUDIENCES: Record<string, string> = {
  MEMBER_NETWORK: 'connections',
  CONNECTIONS: 'connections',
  CONNECTIONS_ONLY: 'connections',
  PUBLIC: 'public',
  ANYONE: 'public',
};

function audience(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  return AUDIENCES[v.toUpperCase()] ?? v.toLowerCase();
}

/** Own posts (`Shares.csv`): text, date, visibility, one media link if given. */
export const linkedinShares: CsvExtractor = (text) =>
  csvRecords(text, 'ShareCommentary').map((r, index) => ({
    kind: 'post',
    index,
    date: linkedinDate(r.Date),
    text: r.ShareCommentary,
    audience: audience(r.Visibility),
    media: r.MediaUrl?.trim() ? 1 : 0,
  }));

/** Own comments (`Comments.csv`). */
export const linkedinComments: CsvExtractor = (text) =>
  csvRecords(text, 'Message').map((r, index) => ({
    kind: 'comment',
    index,
    date: linkedinDate(r.Date),
    text: r.Message,
    media: 0,
  }));

/** The profile (`Profile.csv`): name, headline and summary. */
export const linkedinProfile: CsvExtractor = (text) =>
  csvRecords(text, 'First Name')
    .slice(0, 1)
    .map((r) => ({
      kind: 'profile',
      index: 0,
      text: joinTexts([`${r['First Name'] ?? ''} ${r['Last Name'] ?? ''}`, r.Headline, r.Summary]),
      media: 0,
    }));
