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
   * Who can see it, where the export says: `public`, `followers`, `connections`,
   * `only-me`, or the export's own word in lower case.
   */
  readonly audience?: string;
  /** How many photos or videos belong to it. */
  readonly media: number;
  /** Where to find it: the file inside the export and the record's position, `file#n`. */
  readonly path: string;
}

/** What one export (possibly several ZIP parts) shows a platform can train on. */
export interface ExportInventory {
  readonly platform: ExportPlatform;
  /** The layout generation found, e.g. `facebook-2024` (see `LAYOUTS`). */
  readonly layout: string;
  /** The names of the inputs (ZIP parts or folders) the export was read from. */
  readonly inputs: readonly string[];
  /** Items per kind; every kind is present, 0 when there are none. */
  readonly counts: Readonly<Record<ItemKind, number>>;
  readonly items: readonly ContentItem[];
}

/** Items per kind, with every kind present. */
export function countItems(items: readonly ContentItem[]): Record<ItemKind, number> {
  const counts = Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<ItemKind, number>;
  for (const item of items) counts[item.kind]++;
  return counts;
}
