import type { ItemKind } from '../inventory.js';

/** An item as an extractor sees it, before text repair and shortening. */
export interface ItemDraft {
  readonly kind: ItemKind;
  /** The record's position in its file. */
  readonly index: number;
  readonly date?: string | undefined;
  readonly text?: string | undefined;
  readonly audience?: string | undefined;
  readonly media?: number | undefined;
  /** Paths of its media inside the export, to avoid counting a photo twice. */
  readonly uris?: readonly string[] | undefined;
}

/**
 * Turns one parsed file into item drafts (an array, or made one by one as they are taken).
 * Must accept any JSON value without throwing.
 */
export type Extractor = (data: unknown) => Iterable<ItemDraft>;

/**
 * Several texts joined by a line break (ASCII, so Meta's mojibake repair still sees only
 * the original bytes), skipping empty ones; undefined when none.
 */
export function joinTexts(texts: readonly (string | undefined)[]): string | undefined {
  const kept = texts.filter((t): t is string => t !== undefined && t.trim() !== '');
  return kept.length === 0 ? undefined : kept.join('\n');
}
