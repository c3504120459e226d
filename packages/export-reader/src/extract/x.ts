import { isoFromMillis } from '../text.js';
import { type Extractor, type ItemDraft, joinTexts } from './draft.js';
import { arr, firstList, obj, str } from './json-access.js';

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** Parses X's `created_at` ("Sat Feb 18 12:33:11 +0000 2023") to ISO, or undefined. */
export function xDate(value: string | undefined): string | undefined {
  const m = value?.match(
    /^\w{3} (\w{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/,
  );
  if (!m) return undefined;
  const [, mon, day, hh, mm, ss, sign, oh, om, year] = m;
  const month = MONTHS.indexOf(mon ?? '') / 3;
  if (month < 0 || !Number.isInteger(month)) return undefined;
  const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  const utc = Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss));
  return isoFromMillis(utc - offset);
}

function tweetItem(value: unknown, index: number): ItemDraft[] {
  const tweet = obj(obj(value)?.tweet) ?? obj(value);
  const text = str(tweet?.full_text) ?? str(tweet?.text);
  if (!tweet || text === undefined || text.startsWith('RT @')) return [];
  const media =
    arr(obj(tweet.extended_entities)?.media).length || arr(obj(tweet.entities)?.media).length;
  const reply = str(tweet.in_reply_to_status_id_str) !== undefined;
  return [
    { kind: reply ? 'comment' : 'post', index, date: xDate(str(tweet.created_at)), text, media },
  ];
}

/** Own posts (`tweets.js`, older `tweet.js`, split `-partN`); replies count as comments, retweets are skipped. */
export const xTweets: Extractor = (data) => firstList(data).flatMap((t, i) => tweetItem(t, i));

/** The profile (`profile.js`): bio, location, website; avatar and header image. */
export const xProfile: Extractor = (data) => {
  const profile = obj(obj(firstList(data)[0])?.profile);
  if (!profile) return [];
  const description = obj(profile.description);
  const text = joinTexts([str(description?.bio), str(description?.location)]);
  const media = [profile.avatarMediaUrl, profile.headerMediaUrl].filter((u) => str(u)).length;
  return [{ kind: 'profile', index: 0, text, media }];
};

/**
 * The JSON inside an X archive file: `window.YTD.<type>.partN = [...]` (or the manifest's
 * `window.__THAR_CONFIG = {...}`) with the assignment removed; undefined if it has none.
 */
export function stripYtdAssignment(text: string): string | undefined {
  const m = text.match(/^\s*window\.(?:YTD\.[\w-]+\.part\d+|__THAR_CONFIG)\s*=\s*/);
  return m ? text.slice(m[0].length) : undefined;
}
