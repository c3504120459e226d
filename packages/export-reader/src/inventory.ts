import type { Tallies } from './tally.js';

/** The platforms whose exports the reader understands. */
export type ExportPlatform = 'facebook' | 'instagram' | 'x' | 'linkedin';

/**
 * Kinds of content in an inventory. `by-others` is content by other people that concerns
 * the user (tags, posts on their timeline): an objection does not cover it.
 */
export const ITEM_KINDS = [
  'post',
  'photo',
  'video',
  'comment',
  'story',
  'reel',
  'group-post',
  'profile',
  'by-others',
] as const;

/** One of {@link ITEM_KINDS}. */
export type ItemKind = (typeof ITEM_KINDS)[number];

/** One piece of content an export shows. */
export interface ContentItem {
  readonly kind: ItemKind;
  /** When it was posted or taken, ISO 8601 UTC. */
  readonly date?: string;
  /** A one-line excerpt of its text, at most 200 characters. */
  readonly text?: string;
  /**
   * Who can see it, where the export says so and the word's meaning is known: `public`,
   * `followers`, `connections`, `only-me`. Absent when unknown.
   */
  readonly audience?: string;
  /** How many photos or videos belong to it. */
  readonly media: number;
  /** Where to find it: the file inside the export and the record's position, `file#n`. */
  readonly path: string;
}

/** A content file the scan did not read: its path in the export and its size. */
export interface UnreadFile {
  readonly path: string;
  readonly bytes: number;
  /** How many records it holds, where that was cheap to find out (small files). */
  readonly records?: number;
}

/** Which export is being read: known before its first item. */
export interface ExportHead {
  readonly platform: ExportPlatform;
  /** The layout generation found, e.g. `facebook-2024` (see `LAYOUTS`). */
  readonly layout: string;
  /** The names of the inputs (ZIP parts or folders) the export was read from. */
  readonly inputs: readonly string[];
}

/** What one export (possibly several ZIP parts) shows a platform can train on. */
export interface ExportInventory extends ExportHead, Tallies {
  /**
   * Content files (JSON, JS, CSV in the areas where the person's content lives) that no rule
   * reads: what they hold is missing from the counts.
   */
  readonly unread: readonly UnreadFile[];
  /** Whether every content file was read (or the unread ones are known to be empty). */
  readonly complete: boolean;
  /** The items kept: all, or the newest per kind when the scan was asked to keep fewer. */
  readonly items: readonly ContentItem[];
}

/** Items per kind, with every kind present. */
export function countItems(items: readonly ContentItem[]): Record<ItemKind, number> {
  const counts = Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<ItemKind, number>;
  for (const item of items) counts[item.kind]++;
  return counts;
}
