import type { ItemDraft } from './extract/draft.js';
import type { ContentItem, ItemKind, StreamedItem } from './inventory.js';
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

interface MutableStreamedItem {
  kind: ContentItem['kind'];
  date?: string;
  text?: string;
  audience?: string;
  media: number;
  index: number;
}

/**
 * A draft as a streamed item: {@link buildItem} without the `path` (a sink gets the file's
 * path once per file), with the record's `index` where `path` would be.
 */
export function buildStreamedItem(draft: ItemDraft, mojibake = false, texts = true): StreamedItem {
  // Keys in the order of buildItem's, `index` in the place of `path`.
  const item = { kind: draft.kind } as MutableStreamedItem;
  if (draft.date !== undefined) item.date = draft.date;
  if (texts) {
    const text = itemText(draft.text, mojibake);
    if (text !== undefined) item.text = text;
  }
  if (draft.audience !== undefined)
    item.audience = mojibake ? repairMojibake(draft.audience) : draft.audience;
  item.media = draft.media ?? 0;
  item.index = draft.index;
  return item;
}

/**
 * A streamed item of the file at `path` as the {@link ContentItem} it stands for, with the
 * same keys in the same order (`path` where `index` is).
 */
export function streamedContentItem(path: string, item: StreamedItem): ContentItem {
  const full: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'index') full.path = `${path}#${value}`;
    else full[key] = value;
  }
  return full as unknown as ContentItem;
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
function itemText(text: string | undefined, mojibake: boolean): string | undefined {
  if (text === undefined || isOwnExcerpt(text)) return text;
  return mojibake ? repairedExcerpt(text) : excerpt(text);
}

function repairedExcerpt(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const head = repairMojibakeHead(text, EXCERPT_SOURCE_LENGTH);
  return excerpt(head.text, head.cut);
}
