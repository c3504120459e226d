import { type ContentItem, ITEM_KINDS, type ItemKind } from './inventory.js';

/** Flags of an item in an {@link ItemBatch}: which of the optional fields it has. */
export const HAS_DATE = 1;
export const HAS_TEXT = 2;
/** The item states its audience (shown between `text` and `media`). */
export const HAS_AUDIENCE = 4;
/** The account's audience applies to the item (shown last, after `path`). */
export const HAS_ACCOUNT_AUDIENCE = 8;

/**
 * Items of one file as a scan streams them to a sink, column by column: no object per item,
 * and a batch crosses to another thread as a few strings and typed arrays. Item `i` is
 * `{ kind, date?, text?, audience?, media, path: file#index }`; its strings are the slices
 * of `dates`, `texts` and `audiences` that end at `dateEnds[i]` (and so on) and start where
 * the previous item's end, present where `has[i]` says.
 */
export interface ItemBatch {
  readonly length: number;
  /** Per item: its kind's position in {@link ITEM_KINDS}. */
  readonly kinds: Uint8Array;
  /** Per item: which of HAS_DATE, HAS_TEXT, HAS_AUDIENCE, HAS_ACCOUNT_AUDIENCE it has. */
  readonly has: Uint8Array;
  readonly media: Int32Array;
  /** Per item: the record's position in its file. */
  readonly index: Int32Array;
  readonly dates: string;
  readonly dateEnds: Int32Array;
  readonly texts: string;
  readonly textEnds: Int32Array;
  readonly audiences: string;
  readonly audienceEnds: Int32Array;
}

const KIND_INDEX = Object.fromEntries(ITEM_KINDS.map((k, i) => [k, i])) as Record<ItemKind, number>;

/** Collects up to `capacity` items into an {@link ItemBatch}. */
export class ItemBatchBuilder {
  private n = 0;
  private kinds!: Uint8Array;
  private has!: Uint8Array;
  private media!: Int32Array;
  private index!: Int32Array;
  private dateEnds!: Int32Array;
  private textEnds!: Int32Array;
  private audienceEnds!: Int32Array;
  private dates = '';
  private texts = '';
  private audiences = '';

  constructor(readonly capacity: number) {
    this.clear();
  }

  /** Starts an empty batch with columns of its own. */
  private clear(): void {
    const capacity = this.capacity;
    this.n = 0;
    this.kinds = new Uint8Array(capacity);
    this.has = new Uint8Array(capacity);
    this.media = new Int32Array(capacity);
    this.index = new Int32Array(capacity);
    this.dateEnds = new Int32Array(capacity);
    this.textEnds = new Int32Array(capacity);
    this.audienceEnds = new Int32Array(capacity);
    this.dates = '';
    this.texts = '';
    this.audiences = '';
  }

  /** How many items the batch holds. */
  get length(): number {
    return this.n;
  }

  /**
   * Adds an item. `accountAudience` says that `audience` is the account's (shown last), not
   * the item's own.
   */
  push(
    kind: ItemKind,
    date: string | undefined,
    text: string | undefined,
    audience: string | undefined,
    accountAudience: boolean,
    media: number,
    index: number,
  ): void {
    const i = this.n++;
    let has = 0;
    if (date !== undefined) {
      has |= HAS_DATE;
      this.dates += date;
    }
    if (text !== undefined) {
      has |= HAS_TEXT;
      this.texts += text;
    }
    if (audience !== undefined) {
      has |= accountAudience ? HAS_ACCOUNT_AUDIENCE : HAS_AUDIENCE;
      this.audiences += audience;
    }
    this.kinds[i] = KIND_INDEX[kind];
    this.has[i] = has;
    this.media[i] = media;
    this.index[i] = index;
    this.dateEnds[i] = this.dates.length;
    this.textEnds[i] = this.texts.length;
    this.audienceEnds[i] = this.audiences.length;
  }

  /** The batch so far; the builder starts a new one (the batch's arrays are the caller's). */
  take(): ItemBatch {
    const batch: ItemBatch = {
      length: this.n,
      kinds: this.kinds,
      has: this.has,
      media: this.media,
      index: this.index,
      dates: this.dates,
      dateEnds: this.dateEnds,
      texts: this.texts,
      textEnds: this.textEnds,
      audiences: this.audiences,
      audienceEnds: this.audienceEnds,
    };
    this.clear();
    return batch;
  }
}

/** The typed arrays' buffers of a batch, to transfer it to another thread without a copy. */
export function batchBuffers(batch: ItemBatch): ArrayBuffer[] {
  const { kinds, has, media, index, dateEnds, textEnds, audienceEnds } = batch;
  return [kinds, has, media, index, dateEnds, textEnds, audienceEnds].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

interface MutableItem {
  kind: ItemKind;
  date?: string;
  text?: string;
  audience?: string;
  media: number;
  path: string;
}

/**
 * The items of a batch of the file at `path` as {@link ContentItem}s, with their keys in
 * the order the JSON output shows them (an account's audience last).
 */
export function batchItems(path: string, batch: ItemBatch): ContentItem[] {
  const items: ContentItem[] = [];
  let d = 0;
  let t = 0;
  let a = 0;
  for (let i = 0; i < batch.length; i++) {
    const has = batch.has[i] as number;
    const item = { kind: ITEM_KINDS[batch.kinds[i] as number] } as MutableItem;
    const dateEnd = batch.dateEnds[i] as number;
    const textEnd = batch.textEnds[i] as number;
    const audienceEnd = batch.audienceEnds[i] as number;
    if (has & HAS_DATE) item.date = batch.dates.slice(d, dateEnd);
    if (has & HAS_TEXT) item.text = batch.texts.slice(t, textEnd);
    if (has & HAS_AUDIENCE) item.audience = batch.audiences.slice(a, audienceEnd);
    item.media = batch.media[i] as number;
    item.path = `${path}#${batch.index[i]}`;
    if (has & HAS_ACCOUNT_AUDIENCE) item.audience = batch.audiences.slice(a, audienceEnd);
    d = dateEnd;
    t = textEnd;
    a = audienceEnd;
    items.push(item);
  }
  return items;
}
