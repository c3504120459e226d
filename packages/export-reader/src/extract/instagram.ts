import type { ItemKind } from '../inventory.js';
import { isoFromMillis, isoFromSeconds } from '../text.js';
import { type Extractor, type ItemDraft, joinTexts } from './draft.js';
import {
  arr,
  firstList,
  type IsRecord,
  listUnder,
  num,
  obj,
  pick,
  plainKey,
  str,
} from './json-access.js';
import { isMediaObject, mediaInfo, mediaListItems } from './meta-media.js';

/** A post written on its own, not in a list (`posts_1.json` of an account with one post). */
const isMediaGroup: IsRecord = (o) => Array.isArray(o.media);
/** A comment written on its own, not in a list. */
const isCommentRecord: IsRecord = (o) =>
  obj(o.string_map_data) !== undefined || Array.isArray(o.string_list_data);

/** A post-like record `{media: [...], title?, creation_timestamp?}` (posts, reels, threads). */
function mediaGroupItem(value: unknown, index: number, kind: ItemKind): ItemDraft[] {
  const record = obj(value);
  if (!record) return [];
  const media = arr(record.media).flatMap((m) => {
    const info = mediaInfo(m);
    return info ? [info] : [];
  });
  const text = str(record.title) ?? media.find((m) => m.text !== undefined)?.text;
  const uris = media.flatMap((m) => (m.uri === undefined ? [] : [m.uri]));
  return [
    {
      kind,
      index,
      date: isoFromSeconds(num(record.creation_timestamp) ?? media[0]?.seconds),
      text,
      media: uris.length,
      uris,
    },
  ];
}

/** Posts, reels, archived posts, IGTV or Threads posts: records with a `media` list. */
export function instagramMediaGroups(kind: ItemKind, audience?: string): Extractor {
  return (data) =>
    firstList(data, isMediaGroup).flatMap((r, i) =>
      mediaGroupItem(r, i, kind).map((d) => (audience ? { ...d, audience } : d)),
    );
}

/** Stories (`ig_stories`) and profile photos (`ig_profile_picture`): one media each. */
export function instagramMediaList(kind: ItemKind): Extractor {
  return (data) => mediaListItems(firstList(data, isMediaObject), kind);
}

// `string_map_data` keys follow the account language (§3.11): known names first.
const COMMENT_KEYS = ['Comment', 'Kommentar', 'Opmerking', 'Commentaire', 'Comentario', 'Commento'];
const OWNER_KEYS = ['Media Owner', 'Media-eigenaar', 'Medieneigentümer', 'Beitragsinhaber'];

/**
 * Comments you wrote (`post_comments_N`, `comments_reels_comments`, older wrapped lists), in
 * the `string_map_data` form and the 2021–22 `string_list_data` form (`title` is the owner of
 * the post). A record without any text (Meta writes some with only a zero time) is no comment.
 */
export const instagramComments: Extractor = (data) =>
  listUnder(data, ['comments_media_comments', 'comments_reels_comments'], isCommentRecord).flatMap(
    (value, index): ItemDraft[] => {
      const record = obj(value);
      const fields = obj(record?.string_map_data);
      const listed = obj(arr(record?.string_list_data)[0]);
      const text = fields ? commentText(fields) : str(listed?.value);
      if (text === undefined) return [];
      const seconds = num(listed?.timestamp);
      const date = fields
        ? fieldTime(fields)
        : seconds !== undefined && seconds > 0
          ? isoFromSeconds(seconds)
          : undefined;
      return [{ kind: 'comment', index, date, text }];
    },
  );

function commentText(fields: Record<string, unknown>): string | undefined {
  const known = str(obj(pick(fields, COMMENT_KEYS))?.value);
  if (known !== undefined) return known;
  const owners = new Set(OWNER_KEYS.map((k) => k.toLowerCase()));
  let longest: string | undefined;
  for (const [key, field] of Object.entries(fields)) {
    const value = str(obj(field)?.value);
    if (value === undefined || owners.has(plainKey(key))) continue;
    if (longest === undefined || value.length > longest.length) longest = value;
  }
  return longest;
}

function fieldTime(fields: Record<string, unknown>): string | undefined {
  for (const field of Object.values(fields)) {
    const seconds = num(obj(field)?.timestamp);
    if (seconds !== undefined && seconds > 0) return isoFromSeconds(seconds);
  }
  return undefined;
}

const PRIVATE_KEYS = ['Private account', 'Privates Konto', 'Privé-account', 'Cuenta privada'];
const TRUE_VALUES = new Set(['true', 'yes', 'ja', 'waar', 'sí', 'si', 'oui', 'vrai']);

/** The profile (`profile_user`): name and bio; audience from "Private account" if present. */
export const instagramProfile: Extractor = (data) => {
  const user = obj(listUnder(data, ['profile_user'])[0]);
  const fields = obj(user?.string_map_data);
  if (!fields) return [];
  const value = (names: string[]) => str(obj(pick(fields, names))?.value);
  const name = value(['Name', 'Username', 'Benutzername']);
  const bio = value(['Bio', 'Biografie', 'Biography']);
  const flag = value(PRIVATE_KEYS);
  const privacy = flag === undefined ? undefined : plainKey(flag);
  const audience =
    privacy === undefined ? undefined : TRUE_VALUES.has(privacy) ? 'followers' : 'public';
  const media = Object.keys(obj(user?.media_map_data) ?? {}).length;
  return [{ kind: 'profile', index: 0, text: joinTexts([name, bio]), audience, media }];
};

/** The flat 2018–2020 `media.json`: `photos`, `videos`, `stories`, `profile` lists. */
export const instagramLegacyMedia: Extractor = (data) => {
  const root = obj(data) ?? {};
  const lists: [string, ItemKind][] = [
    ['photos', 'photo'],
    ['videos', 'video'],
    ['stories', 'story'],
    ['profile', 'photo'],
  ];
  let index = 0;
  return lists.flatMap(([key, kind]) =>
    arr(root[key]).flatMap((v) => legacyItem(v, index++, kind)),
  );
};

function legacyItem(value: unknown, index: number, kind: ItemKind): ItemDraft[] {
  const m = obj(value);
  if (!m) return [];
  const taken = str(m.taken_at);
  const date = taken === undefined ? undefined : isoFromMillis(Date.parse(taken));
  const path = str(m.path);
  return [{ kind, index, date, text: str(m.caption), media: 1, uris: path ? [path] : [] }];
}
