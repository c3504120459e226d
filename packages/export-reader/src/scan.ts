import { type EntryReadContext, type ReadBudget, readEntryBytes } from './entry-reader.js';
import type { ExportHead, ExportInventory, ExportPlatform } from './inventory.js';
import { buildItem, itemText, keepItem } from './item.js';
import { type ItemBatch, ItemBatchBuilder } from './item-batch.js';
import { LAYOUTS, type Layout } from './layouts/index.js';
import { DEFAULT_LIMITS, type ScanLimits } from './limits.js';
import { type ExportPart, indexPart, problemFor } from './part.js';
import { type Problem, problem, type Result, ScanFailure } from './problems.js';
import { type FileJob, fileDrafts, type PlannedFile } from './read-file.js';
import { Tally } from './tally.js';
import { describeUnread, type UnreadEntry } from './unread.js';
import type { ZipSource } from './zip-source.js';

/**
 * Progress of a scan: about to read file `done + 1` of `total`, with `bytes` of
 * `totalBytes` (uncompressed sizes of the files the scan reads) behind it.
 */
export interface ScanProgress {
  readonly input: string;
  readonly path: string;
  readonly done: number;
  readonly total: number;
  readonly bytes: number;
  readonly totalBytes: number;
}

/** Options of {@link scanExports}. */
export interface ScanOptions {
  readonly limits?: ScanLimits;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ScanProgress) => void;
  /**
   * Whether items carry their text excerpt (default true). Off for a summary of counts,
   * years and audiences: the texts are then neither repaired nor shortened, which saves
   * most of the work per item.
   */
  readonly texts?: boolean;
  /**
   * How many items per kind the inventory keeps (the newest); default all, in reading
   * order. Counts, years and audiences always cover every item, so a summary can keep none
   * and its memory does not grow with the number of posts.
   */
  readonly keepItems?: number;
  /** The first day of AI training per platform (YYYY-MM-DD): items are counted before/after. */
  readonly trainingStarts?: Partial<Record<ExportPlatform, string>>;
  /**
   * Receives the items as they are read (in reading order, whatever `keepItems` says), for
   * output that streams: `start` before an export's first item, `items` per file.
   */
  readonly sink?: ItemSink;
}

/** Receives items while a scan reads them (see {@link ScanOptions.sink}). */
export interface ItemSink {
  /** An export is about to be read. */
  start(head: ExportHead): void;
  /**
   * Items of the file at `path`, in reading order, as columns (see {@link ItemBatch}; an
   * item's `path` is `path#index`), so that output of millions of items makes no object per
   * item and writes the file's path once. The batch is the sink's to keep or hand on.
   */
  items(path: string, batch: ItemBatch): void;
  /** The export's inventory (its `items` as `keepItems` says), or why it was refused. */
  end(result: Result<ExportInventory>): void;
}

/** Inputs that could not be read, with the reasons. */
export interface RefusedInput {
  readonly inputs: readonly string[];
  readonly problems: readonly Problem[];
}

/** What a scan found: one inventory per export, and the inputs it refused. */
export interface ScanReport {
  readonly exports: readonly ExportInventory[];
  readonly refused: readonly RefusedInput[];
}

/**
 * Scans platform exports: each source is a ZIP or folder; parts of one export (same
 * platform and the same account in Meta's export names, `facebook-<account>-<date>-…`)
 * are read together, anything else on its own. Reads only the content files it needs, within
 * the limits, and never throws for bad input: refusals come back in `refused`.
 */
export async function scanExports(
  sources: readonly ZipSource[],
  options: ScanOptions = {},
): Promise<ScanReport> {
  const refused: RefusedInput[] = [];
  const parts: ExportPart[] = [];
  for (const source of sources) {
    const part = await indexPart(source);
    if (part.ok) parts.push(part.value);
    else refused.push({ inputs: [source.name], problems: part.problems });
  }
  const exports: ExportInventory[] = [];
  for (const group of groupParts(parts)) {
    const result = await readExport(group, options);
    options.sink?.end(result);
    if (result.ok) exports.push(result.value);
    else refused.push({ inputs: group.map((p) => p.source.name), problems: result.problems });
  }
  return { exports, refused };
}

/** Scans one source as one export: its inventory, or why it was refused. */
export async function scanExport(
  source: ZipSource,
  options: ScanOptions = {},
): Promise<Result<ExportInventory>> {
  const report = await scanExports([source], options);
  const inventory = report.exports[0];
  if (inventory) return { ok: true, value: inventory };
  return { ok: false, problems: report.refused.flatMap((r) => r.problems) };
}

/** Parts with the same platform and account (from Meta's export names) form one export. */
function groupParts(parts: readonly ExportPart[]): ExportPart[][] {
  const groups = new Map<string, ExportPart[]>();
  for (const [i, part] of parts.entries()) {
    const key = `${part.layout.platform}:${part.account === undefined ? `#${i}` : part.account}`;
    groups.set(key, [...(groups.get(key) ?? []), part]);
  }
  return [...groups.values()];
}

async function readExport(
  group: readonly ExportPart[],
  options: ScanOptions,
): Promise<Result<ExportInventory>> {
  const layouts = [...new Set(group.map((p) => p.layout))].sort(
    (a, b) => LAYOUTS.indexOf(a) - LAYOUTS.indexOf(b),
  );
  const layout = layouts[0] as Layout;
  const { plan, unread } = planFiles(group, layouts);
  const head: ExportHead = {
    platform: layout.platform,
    layout: layout.id,
    inputs: group.map((p) => p.source.name),
  };
  try {
    options.sink?.start(head);
    const tally = new Tally(
      options.keepItems ?? Number.POSITIVE_INFINITY,
      options.trainingStarts?.[layout.platform],
    );
    await readItems(plan, layout, options, tally);
    // At most 50 small files of at most 1 MiB each are opened to count their records.
    const limits = options.limits ?? DEFAULT_LIMITS;
    const described = await describeUnread(unread, { limits, ...signalOf(options) });
    if (options.signal?.aborted) throw new ScanFailure(problem('cancelled'));
    const value: ExportInventory = {
      ...head,
      ...tally.tallies(),
      unread: described,
      // A file known to hold no records misses nothing.
      complete: described.every((f) => f.records === 0),
      items: tally.items(),
    };
    return { ok: true, value };
  } catch (error) {
    const p = error instanceof ScanFailure ? error.problem : problemFor(error);
    return { ok: false, problems: [p] };
  }
}

const collator = new Intl.Collator('en', { numeric: true });
const stem = (path: string) => path.replace(/\.\w+$/, '');
const byPath = (a: string, b: string) => collator.compare(stem(a), stem(b));

const CONTENT_FILE = /\.(?:json|js|csv)$/i;

/**
 * The files to read, in rule order (profile first, then own posts, so that media can be
 * de-duplicated), split files in number order, a path once; and the content files no rule
 * reads.
 */
function planFiles(
  group: readonly ExportPart[],
  layouts: readonly Layout[],
): { plan: PlannedFile[]; unread: UnreadEntry[] } {
  const rules = [...new Set(layouts.flatMap((l) => l.rules))];
  const planned = new Map<string, PlannedFile & { order: number }>();
  const unread = new Map<string, UnreadEntry>();
  for (const part of group) {
    for (const [path, entry] of part.files) {
      // Every rule names a .json, .js or .csv file: media (most entries) are skipped at once.
      if (!CONTENT_FILE.test(path) || planned.has(path)) continue;
      const order = rules.findIndex((r) => r.pattern.test(path));
      const rule = rules[order];
      if (rule) {
        planned.set(path, { path, source: part.source, entry, rule, order });
        unread.delete(path);
      } else if (isUnreadContent(path, layouts))
        unread.set(path, { path, source: part.source, entry });
    }
  }
  const plan = [...planned.values()].sort((a, b) => a.order - b.order || byPath(a.path, b.path));
  return { plan, unread: [...unread.values()].sort((a, b) => byPath(a.path, b.path)) };
}

function isUnreadContent(path: string, layouts: readonly Layout[]): boolean {
  return layouts.some((l) => l.contentFiles.test(path) && !l.skip?.test(path));
}

async function readItems(
  plan: readonly PlannedFile[],
  layout: Layout,
  options: ScanOptions,
  tally: Tally,
): Promise<void> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const budget: ReadBudget = { used: 0 };
  const context = { limits, budget, ...signalOf(options) };
  const seenMedia = new Set<string>();
  // An audience the profile states for the whole account (Instagram's private flag); the
  // profile is read first.
  let accountAudience: string | undefined;
  const sink = options.sink;
  // Items are built only for a sink or for an inventory that keeps some.
  const keep = (options.keepItems ?? 1) > 0;
  const texts = options.texts ?? true;
  const batch = sink ? new ItemBatchBuilder(SINK_BATCH) : undefined;
  // The next files are read (and inflated, off the main thread where the source can) while
  // the current one is parsed.
  const results = pipeline(plan, context);
  const totalBytes = plan.reduce((sum, file) => sum + file.entry.size, 0);
  let bytes = 0;
  for (const [done, file] of plan.entries()) {
    if (options.signal?.aborted) throw new ScanFailure(problem('cancelled'));
    const at = { input: file.source.name, path: file.path, done, total: plan.length };
    options.onProgress?.({ ...at, bytes, totalBytes });
    bytes += file.entry.size;
    // The file's bytes and parsed tree are dropped once its drafts are made; streamed items
    // go out in batches, so that at most one batch of them is held at a time.
    const drafts = fileDrafts(await results(done));
    for (const draft of drafts) {
      if (!keepItem(draft.kind, draft.uris, seenMedia)) continue;
      if (draft.kind === 'profile' && draft.audience !== undefined)
        accountAudience = draft.audience;
      const audience = draft.audience ?? (draft.kind === 'by-others' ? undefined : accountAudience);
      if (keep) {
        const built = buildItem(draft, file.path, layout.mojibake, texts);
        tally.add(
          audience === undefined || audience === built.audience ? built : { ...built, audience },
        );
      } else tally.count(draft.kind, draft.date, audience); // no item is kept
      if (!batch) continue;
      // As buildItem, and an audience not the item's own (the account's) shown last.
      const text = texts ? itemText(draft.text, layout.mojibake) : undefined;
      const own = draft.audience !== undefined;
      batch.push(draft.kind, draft.date, text, audience, !own, draft.media ?? 0, draft.index);
      if (batch.length >= SINK_BATCH) sink?.items(file.path, batch.take());
    }
    if (batch && batch.length > 0) sink?.items(file.path, batch.take());
  }
}

/** How many items go to a sink at once. */
const SINK_BATCH = 4000;

/** Files larger than this are not read ahead, so that at most one large file is in memory. */
const READ_AHEAD_BYTES = 8 * 1024 * 1024;
/** How many files are read ahead of the one being parsed. */
const READ_AHEAD_FILES = 3;

/** Returns the job for file `i`, having started reading the small files after it. */
function pipeline(
  plan: readonly PlannedFile[],
  context: EntryReadContext,
): (i: number) => Promise<FileJob> {
  const started = new Map<number, Promise<FileJob>>();
  const { limits = DEFAULT_LIMITS } = context;
  const start = (file: PlannedFile): Promise<FileJob> => {
    return readEntryBytes(file.source, file.entry, file.path, context).then((bytes) => ({
      rule: file.rule,
      path: file.path,
      bytes,
      limits,
    }));
  };
  return (i) => {
    for (let k = i + 1; k <= i + READ_AHEAD_FILES && k < plan.length; k++) {
      const file = plan[k] as PlannedFile;
      if (started.has(k) || file.entry.size > READ_AHEAD_BYTES) continue;
      const job = start(file);
      job.catch(() => {});
      started.set(k, job);
    }
    const job = started.get(i) ?? start(plan[i] as PlannedFile);
    started.delete(i);
    return job;
  };
}

function signalOf(options: ScanOptions): { signal?: AbortSignal } {
  return options.signal ? { signal: options.signal } : {};
}
