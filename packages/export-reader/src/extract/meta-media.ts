import type { ItemKind } from '../inventory.js';
import { isoFromSeconds } from '../text.js';
import type { ItemDraft } from './draft.js';
import { arr, num, obj, str } from './json-access.js';

/** A Meta media object's path, time and caption. */
export interface MediaInfo {
  readonly uri?: string | undefined;
  readonly seconds?: number | undefined;
  readonly text?: string | undefined;
}

/**
 * Reads a Meta media object (`{uri, creation_timestamp, title, description}`). Its text is
 * the description, and the title where `titled` (Instagram writes the caption there;
 * Facebook the album's name, which is no text of the person's).
 */
export function mediaInfo(value: unknown, titled = true): MediaInfo | undefined {
  const m = obj(value);
  if (!m) return undefined;
  return {
    uri: str(m.uri),
    seconds: num(m.creation_timestamp),
    text: str(m.description) ?? (titled ? str(m.title) : undefined),
  };
}

/** Whether a bare object is a media object itself (a file with one item). */
export const isMediaObject = (o: Record<string, unknown>): boolean => typeof o.uri === 'string';

/** The media objects inside a post record's `attachments[].data[].media`. */
export function attachmentMedia(record: Record<string, unknown>): MediaInfo[] {
  const found: MediaInfo[] = [];
  for (const attachment of arr(record.attachments)) {
    for (const item of arr(obj(attachment)?.data)) {
      const media = mediaInfo(obj(item)?.media, false);
      if (media) found.push(media);
    }
  }
  return found;
}

/** One item per media object of a list (videos, uncategorized photos, album photos, stories). */
export function mediaListItems(
  list: readonly unknown[],
  kind: ItemKind,
  titled = true,
): ItemDraft[] {
  return list.flatMap((value, index) => {
    const media = mediaInfo(value, titled);
    if (!media) return [];
    return [
      {
        kind,
        index,
        date: isoFromSeconds(media.seconds),
        text: media.text,
        media: 1,
        uris: media.uri === undefined ? [] : [media.uri],
      },
    ];
  });
}
