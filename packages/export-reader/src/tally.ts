import { type ContentItem, ITEM_KINDS, type ItemKind } from './inventory.js';

/** Own items before and after a platform's start of AI training (dated items only). */
export interface TrainingSplit {
  /** The first day of training, YYYY-MM-DD, as the caller gave it. */
  readonly start: string;
  /** Own items dated before that day: likely already used. */
  readonly before: number;
  /** Own items dated on or after that day. */
  readonly after: number;
}

/** The counts an inventory keeps instead of (or besides) its items. */
export interface Tallies {
  readonly counts: Record<ItemKind, number>;
  /** Items per year (YYYY). */
  readonly years: Record<string, number>;
  /** Items without a date. */
  readonly undated: number;
  /** Items per audience the export states (`public`, `followers` …); the rest is unknown. */
  readonly audiences: Record<string, number>;
  readonly training?: TrainingSplit;
}

const newestFirst = (a: ContentItem, b: ContentItem): number =>
  a.date === b.date
    ? 0
    : a.date === undefined
      ? 1
      : b.date === undefined
        ? -1
        : a.date < b.date
          ? 1
          : -1;

/**
 * Counts items as they are read, keeping memory bounded: counts per kind, year and audience,
 * before/after a training start, and at most `keep` items per kind (the newest; all when
 * `keep` is infinite, in reading order).
 */
export class Tally {
  private readonly counts = Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<
    ItemKind,
    number
  >;
  private readonly years = new Map<number, number>();
  private readonly audiences = new Map<string, number>();
  private undated = 0;
  private before = 0;
  private after = 0;
  private readonly kept = new Map<ItemKind, ContentItem[]>();
  private readonly all: ContentItem[] = [];

  constructor(
    private readonly keep: number,
    private readonly trainingStart: string | undefined,
  ) {}

  /** Counts an item and keeps it if `keep` says so. */
  add(item: ContentItem): void {
    this.count(item.kind, item.date, item.audience);
    if (this.keep === Number.POSITIVE_INFINITY) this.all.push(item);
    else if (this.keep > 0) this.keepNewest(item);
  }

  /** Counts an item that is not kept (its date as ISO 8601 UTC). */
  count(kind: ItemKind, date: string | undefined, audience: string | undefined): void {
    this.counts[kind]++;
    if (date === undefined) this.undated++;
    else {
      // The year as a number from the first four digits: no string per item.
      const year =
        date.charCodeAt(0) * 1000 +
        date.charCodeAt(1) * 100 +
        date.charCodeAt(2) * 10 +
        date.charCodeAt(3) -
        48 * 1111;
      this.years.set(year, (this.years.get(year) ?? 0) + 1);
      if (this.trainingStart !== undefined && kind !== 'by-others') {
        if (date < this.trainingStart) this.before++;
        else this.after++;
      }
    }
    if (audience !== undefined)
      this.audiences.set(audience, (this.audiences.get(audience) ?? 0) + 1);
  }

  private keepNewest(item: ContentItem): void {
    const list = this.kept.get(item.kind) ?? [];
    if (list.length === 0) this.kept.set(item.kind, list);
    list.push(item);
    // Sorted and cut when twice the size: amortised O(log keep) per item.
    if (list.length >= 2 * this.keep)
      this.kept.set(item.kind, list.sort(newestFirst).slice(0, this.keep));
  }

  /** The items kept: all in reading order, or the newest `keep` per kind, newest first. */
  items(): ContentItem[] {
    if (this.keep === Number.POSITIVE_INFINITY) return this.all;
    const lists = [...this.kept.values()].map((l) => l.sort(newestFirst).slice(0, this.keep));
    return lists.flat().sort(newestFirst);
  }

  tallies(): Tallies {
    const sorted = <K extends string | number>(m: Map<K, number>): Record<string, number> =>
      Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const base = {
      counts: { ...this.counts },
      years: sorted(this.years),
      undated: this.undated,
      audiences: sorted(this.audiences),
    };
    if (this.trainingStart === undefined) return base;
    return {
      ...base,
      training: { start: this.trainingStart, before: this.before, after: this.after },
    };
  }
}
