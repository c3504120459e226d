import type { ItemDraft } from './extract/draft.js';
import type { ContentItem } from './inventory.js';
import { excerpt } from './text.js';

interface MutableItem {
  kind: ContentItem['kind'];
  date?: string;
  text?: string;
  audience?: string;
  media: number;
  path: string;
}

/**
 * A draft as an inventory item: text shortened (Meta's mojibake is repaired earlier, in
 * the raw JSON); `path` gets the record's index. Photos and videos already counted with a post are
 * dropped (undefined); media of other items are remembered in `seenMedia`.
 */
export function toItem(
  draft: ItemDraft,
  path: string,
  seenMedia: Set<string>,
): ContentItem | undefined {
  const uris = draft.uris;
  const isMedia = draft.kind === 'photo' || draft.kind === 'video';
  if (uris !== undefined && uris.length > 0) {
    if (isMedia && uris.every((u) => seenMedia.has(u))) return undefined;
    if (!isMedia) for (const uri of uris) seenMedia.add(uri);
  }
  // Keys are set in the order they are shown: kind, date, text, audience, media, path.
  const item = { kind: draft.kind } as MutableItem;
  if (draft.date !== undefined) item.date = draft.date;
  const text = excerpt(draft.text);
  if (text !== undefined) item.text = text;
  if (draft.audience !== undefined) item.audience = draft.audience;
  item.media = draft.media ?? 0;
  item.path = `${path}#${draft.index}`;
  return item;
}
