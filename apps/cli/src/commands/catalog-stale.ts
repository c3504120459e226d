import { resolve } from 'node:path';
import {
  type Catalog,
  checkCatalog,
  DEFAULT_STALE_DAYS,
  formatCatalogIssue,
  type StaleRecord,
  staleRecords,
} from '@widerspruch/catalog';
import type { Locale } from '@widerspruch/catalog/locales';
import { failure, says, usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { formatDay } from '../text/format.js';
import { MESSAGES } from '../text/messages.js';
import { readCatalogDir } from './catalog-check.js';
import { printJson } from './context.js';

interface StaleCliOptions {
  readonly lang: Locale;
  readonly days?: string;
  readonly dir?: string;
  readonly json?: boolean;
}

/** Parses `--days`: a whole number of days, 0 or more. */
export function parseDays(value: string | undefined): number {
  if (value === undefined) return DEFAULT_STALE_DAYS;
  const v = value.trim();
  if (/^\d{1,5}$/.test(v)) return Number(v);
  throw usageError(says((m) => m.input.notDays(value)));
}

/**
 * `widerspruch catalog stale`: the records whose facts were last verified more than N days
 * ago (default 180), oldest first. Reads the bundled catalog, or the folder given with --dir.
 */
export function runCatalogStale(io: CliIo, bundled: Catalog, opts: StaleCliOptions): void {
  const days = parseDays(opts.days);
  const today = io.today();
  const catalog = opts.dir === undefined ? bundled : readChecked(io, resolve(opts.dir), today);
  const stale = staleRecords(catalog, { today, days });
  if (opts.json) {
    printJson(io, { today, days, count: stale.length, records: stale });
    return;
  }
  const t = MESSAGES[opts.lang].stale;
  const on = formatDay(today, opts.lang);
  if (stale.length === 0) {
    io.stdout(`${t.none(days, on)}\n`);
    return;
  }
  const width = Math.max(...stale.map((r) => label(r).length));
  for (const r of stale) io.stdout(`${label(r).padEnd(width)}  ${t.row(r.verified, r.ageDays)}\n`);
  io.stdout(`${t.summary(stale.length, days, on)}\n`);
}

/** The record as its file in the catalog's data folder names it: `platforms/facebook`. */
function label(r: StaleRecord): string {
  return `${r.kind === 'remedy' ? 'remedies' : `${r.kind}s`}/${r.id}`;
}

function readChecked(io: CliIo, dir: string, today: string): Catalog {
  let read: ReturnType<typeof readCatalogDir>;
  try {
    read = readCatalogDir(dir);
  } catch {
    throw usageError(says((m) => m.input.catalogDirMissing(dir)));
  }
  const result = checkCatalog(read.files, { today });
  const errors = [...read.issues, ...result.issues].filter((i) => i.severity === 'error');
  if (!result.ok || errors.length > 0) {
    for (const issue of errors) io.stderr(`${formatCatalogIssue(issue)}\n`);
    throw failure((m) => m.failure.catalogHasErrors(dir));
  }
  return result.catalog;
}
