import type { ItemDraft } from './extract/draft.js';
import type { ContentItem, ItemKind } from './inventory.js';
import { repairMojibake, repairMojibakeHead } from './mojibake.js';
import { EXCERPT_SOURCE_LENGTH, excerpt, isOwnExcerpt } from './text.js';

interface MutableItem {
  kind: ContentItem['kind'];
  date?: string;
  text?: string;
  audience?: string;
  media: number;
  path: string;
}

/**
 * A draft as an inventory item: text shortened, Meta's mojibake repaired where `mojibake`
 * (only in what is kept, not in the whole file); `path` gets the record's index. Without
 * `texts` the item has no `text` (and its text costs nothing).
 */
export function buildItem(
  draft: ItemDraft,
  path: string,
  mojibake = false,
  texts = true,
): ContentItem {
  // Keys are set in the order they are shown: kind, date, text, audience, media, path.
  const item = { kind: draft.kind } as MutableItem;
  if (draft.date !== undefined) item.date = draft.date;
  if (texts) {
    const text = itemText(draft.text, mojibake);
    if (text !== undefined) item.text = text;
  }
  if (draft.audience !== undefined)
    item.audience = mojibake ? repairMojibake(draft.audience) : draft.audience;
  item.media = draft.media ?? 0;
  item.path = `${path}#${draft.index}`;
  return item;
}

/**
 * Whether to keep an item, given the media paths it names: a photo or video already
 * counted with a post is dropped; the media of other items are remembered in `seenMedia`.
 * Call in the order the files are planned (own posts first).
 */
export function keepItem(
  kind: ItemKind,
  uris: readonly string[] | undefined,
  seenMedia: Set<string>,
): boolean {
  if (uris === undefined || uris.length === 0) return true;
  const isMedia = kind === 'photo' || kind === 'video';
  if (isMedia) return !uris.every((u) => seenMedia.has(u));
  for (const uri of uris) seenMedia.add(uri);
  return true;
}

/** A draft's text as an item shows it: repaired where `mojibake`, shortened to an excerpt. */
export function itemText(text: string | undefined, mojibake: boolean): string | undefined {
  if (text === undefined || isOwnExcerpt(text)) return text;
  return mojibake ? repairedExcerpt(text) : excerpt(text);
}

function repairedExcerpt(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const head = repairMojibakeHead(text, EXCERPT_SOURCE_LENGTH);
  return excerpt(head.text, head.cut);
}
