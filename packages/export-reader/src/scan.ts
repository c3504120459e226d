import { type EntryReadContext, type ReadBudget, readEntryBytes } from './entry-reader.js';
import { type ContentItem, countItems, type ExportInventory } from './inventory.js';
import { keepItem } from './item.js';
import { LAYOUTS, type Layout } from './layouts/index.js';
import { DEFAULT_LIMITS, type ScanLimits } from './limits.js';
import { type ExportPart, indexPart, problemFor } from './part.js';
import { type Problem, problem, type Result, ScanFailure } from './problems.js';
import { type FileJob, fileItems, type PlannedFile } from './read-file.js';
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
  const plan = planFiles(group, layouts);
  try {
    const items = await readItems(plan, layout, options);
    const value: ExportInventory = {
      platform: layout.platform,
      layout: layout.id,
      inputs: group.map((p) => p.source.name),
      counts: countItems(items),
      items,
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

/** The files to read, own posts first, split files in number order; a path once. */
function planFiles(group: readonly ExportPart[], layouts: readonly Layout[]): PlannedFile[] {
  const rules = [...new Set(layouts.flatMap((l) => l.rules))];
  const planned = new Map<string, PlannedFile & { order: number }>();
  for (const part of group) {
    for (const [path, entry] of part.files) {
      // Every rule names a .json, .js or .csv file: media (most entries) are skipped at once.
      if (!CONTENT_FILE.test(path) || planned.has(path)) continue;
      const order = rules.findIndex((r) => r.pattern.test(path));
      const rule = rules[order];
      if (rule) planned.set(path, { path, source: part.source, entry, rule, order });
    }
  }
  return [...planned.values()].sort((a, b) => a.order - b.order || byPath(a.path, b.path));
}

async function readItems(
  plan: readonly PlannedFile[],
  layout: Layout,
  options: ScanOptions,
): Promise<ContentItem[]> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const budget: ReadBudget = { used: 0 };
  const context = { limits, budget, ...signalOf(options) };
  const seenMedia = new Set<string>();
  const items: ContentItem[] = [];
  // The next files are read (and inflated, off the main thread where the source can) while
  // the current one is parsed.
  const results = pipeline(plan, context, layout.mojibake, options.texts ?? true);
  const totalBytes = plan.reduce((sum, file) => sum + file.entry.size, 0);
  let bytes = 0;
  for (const [done, file] of plan.entries()) {
    if (options.signal?.aborted) throw new ScanFailure(problem('cancelled'));
    const at = { input: file.source.name, path: file.path, done, total: plan.length };
    options.onProgress?.({ ...at, bytes, totalBytes });
    bytes += file.entry.size;
    for (const { item, uris } of fileItems(await results(done))) {
      if (keepItem(item.kind, uris, seenMedia)) items.push(item);
    }
  }
  return withAccountAudience(items);
}

/** Files larger than this are not read ahead, so that at most one large file is in memory. */
const READ_AHEAD_BYTES = 8 * 1024 * 1024;
/** How many files are read ahead of the one being parsed. */
const READ_AHEAD_FILES = 3;

/** Returns the job for file `i`, having started reading the small files after it. */
function pipeline(
  plan: readonly PlannedFile[],
  context: EntryReadContext,
  mojibake: boolean,
  texts: boolean,
): (i: number) => Promise<FileJob> {
  const started = new Map<number, Promise<FileJob>>();
  const { limits = DEFAULT_LIMITS } = context;
  const start = (file: PlannedFile): Promise<FileJob> => {
    return readEntryBytes(file.source, file.entry, file.path, context).then((bytes) => ({
      rule: file.rule,
      path: file.path,
      bytes,
      mojibake,
      texts,
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

/** An audience the profile states for the whole account (Instagram's private flag). */
function withAccountAudience(items: ContentItem[]): ContentItem[] {
  const audience = items.find((i) => i.kind === 'profile' && i.audience)?.audience;
  if (audience === undefined) return items;
  return items.map((i) =>
    i.audience !== undefined || i.kind === 'by-others' ? i : { ...i, audience },
  );
}
