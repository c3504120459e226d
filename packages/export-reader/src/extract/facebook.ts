import type { ItemKind } from '../inventory.js';
import { isoFromSeconds } from '../text.js';
import { type Extractor, type ItemDraft, joinTexts } from './draft.js';
import { arr, firstList, type IsRecord, listUnder, num, obj, str } from './json-access.js';
import { attachmentMedia, isMediaObject, type MediaInfo, mediaListItems } from './meta-media.js';

/**
 * The person's own words in a post record: `data[].post` and notes they wrote. Attachment
 * `text` fields are left out: they hold metadata of what was shared (a song's artist and
 * album, a memory's caption), not what the person wrote. (A loop, not arrays: exports hold
 * millions of posts.)
 */
function postTexts(record: Record<string, unknown>): string | undefined {
  let text: string | undefined;
  for (const d of arr(record.data)) text = withText(text, str(obj(d)?.post));
  if (record.attachments === undefined) return text;
  for (const attachment of arr(record.attachments)) {
    for (const item of arr(obj(attachment)?.data))
      text = withText(text, str(obj(obj(item)?.note)?.text));
  }
  return text;
}

/** `text` with `t` added on a line of its own, if `t` is not blank. */
function withText(text: string | undefined, t: string | undefined): string | undefined {
  if (t === undefined || !HAS_TEXT.test(t)) return text;
  return text === undefined ? t : `${text}\n${t}`;
}

const HAS_TEXT = /\S/;
const NO_MEDIA: readonly MediaInfo[] = [];

/** A post or comment record written on its own, not in a list (an account with one item). */
const isActivityRecord: IsRecord = (o) =>
  typeof o.timestamp === 'number' || Array.isArray(o.data) || Array.isArray(o.attachments);

function postRecordItem(value: unknown, index: number, kind: ItemKind): ItemDraft | undefined {
  const record = obj(value);
  if (!record) return undefined;
  const media = record.attachments === undefined ? NO_MEDIA : attachmentMedia(record);
  const text = postTexts(record) ?? media.find((m) => m.text !== undefined)?.text;
  return {
    kind,
    index,
    date: isoFromSeconds(num(record.timestamp) ?? media[0]?.seconds),
    text,
    media: media.length,
    uris:
      media.length === 0 ? undefined : media.flatMap((m) => (m.uri === undefined ? [] : [m.uri])),
  };
}

/**
 * The drafts `item` makes of the records of a list, one at a time as they are taken: a file
 * of millions of posts never holds a draft per post (each is gone before the next is made).
 */
function* draftsOf(
  list: readonly unknown[],
  item: (value: unknown, index: number) => ItemDraft | undefined,
): Generator<ItemDraft, void, undefined> {
  for (let i = 0; i < list.length; i++) {
    const draft = item(list[i], i);
    if (draft !== undefined) yield draft;
  }
}

/** Post records (F2/F3 bare array, F1 `status_updates`) as items of `kind`. */
export function postRecords(kind: ItemKind, keys: readonly string[] = []): Extractor {
  return (data) =>
    draftsOf(listUnder(data, ['status_updates', ...keys], isActivityRecord), (r, i) =>
      postRecordItem(r, i, kind),
    );
}

/** Comment records (`comments_v2`, `group_comments_v2`, F1 `comments`). */
export const facebookComments: Extractor = (data) =>
  listUnder(data, ['comments_v2', 'group_comments_v2', 'comments'], isActivityRecord).flatMap(
    (value, index) => {
      const record = obj(value);
      if (!record) return [];
      const comments = arr(record.data).map((d) => obj(obj(d)?.comment));
      const first = comments.find((c) => c !== undefined);
      return [
        {
          kind: 'comment',
          index,
          date: isoFromSeconds(num(record.timestamp) ?? num(first?.timestamp)),
          text: joinTexts(comments.map((c) => str(c?.comment))),
          media: attachmentMedia(record).length,
        },
      ];
    },
  );

/**
 * A media manifest (`videos_v2`, `other_photos_v2`, album `photos`, `archived_stories_v2`).
 * `titled`: whether a media title is the person's text (in albums it is the album's name).
 */
export function facebookMedia(kind: ItemKind, keys: readonly string[], titled = true): Extractor {
  return (data) => mediaListItems(listUnder(data, keys, isMediaObject), kind, titled);
}

/** Posts by others on the user's timeline (F1/F2 `wall_posts_sent_to_you`). */
export const facebookWallPosts: Extractor = (data) => {
  const wall = obj(obj(data)?.wall_posts_sent_to_you);
  const list = wall ? listUnder(wall, ['activity_log_data']) : firstList(data);
  return draftsOf(list, (r, i) => postRecordItem(r, i, 'by-others'));
};

/** The profile (`profile_v2`, F1 `profile`): one item with name, intro and city. */
export const facebookProfile: Extractor = (data) => {
  const root = obj(data);
  const profile = obj(root?.profile_v2) ?? obj(root?.profile);
  if (!profile) return [];
  const name = obj(profile.name);
  const text = joinTexts([
    str(name?.full_name) ?? str(profile.name),
    str(obj(profile.intro_bio)?.name),
    str(obj(profile.current_city)?.name),
  ]);
  return [{ kind: 'profile', index: 0, text, media: 0 }];
};
