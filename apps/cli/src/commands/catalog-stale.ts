import { resolve } from 'node:path';
import {
  type AuthoredLocale,
  type Catalog,
  checkCatalog,
  DEFAULT_STALE_DAYS,
  formatCatalogIssue,
  type StaleRecord,
  staleRecords,
} from '@widerspruch/catalog';
import { longDate } from '@widerspruch/core';
import { CliFailure, EXIT, usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readCatalogDir } from './catalog-check.js';
import { printJson } from './context.js';

interface StaleCliOptions {
  readonly lang: AuthoredLocale;
  readonly days?: string;
  readonly dir?: string;
  readonly json?: boolean;
}

/** Parses `--days`: a whole number of days, 0 or more. */
export function parseDays(value: string | undefined): number {
  if (value === undefined) return DEFAULT_STALE_DAYS;
  const v = value.trim();
  if (/^\d{1,5}$/.test(v)) return Number(v);
  throw usageError({
    de: `„${value}“ ist keine Anzahl von Tagen. Geben Sie eine ganze Zahl an, z. B. --days 90.`,
    en: `"${value}" is not a number of days. Give a whole number, e.g. --days 90.`,
  });
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
  const de = opts.lang === 'de';
  const on = longDate(today, opts.lang);
  if (stale.length === 0) {
    io.stdout(
      de
        ? `Keine Angaben älter als ${days} Tage (heute ist der ${on}).\n`
        : `No facts older than ${days} days (today is ${on}).\n`,
    );
    return;
  }
  const width = Math.max(...stale.map((r) => label(r).length));
  for (const r of stale) {
    const age = de
      ? `geprüft ${r.verified}  vor ${r.ageDays} Tagen`
      : `verified ${r.verified}  ${r.ageDays} days ago`;
    io.stdout(`${label(r).padEnd(width)}  ${age}\n`);
  }
  io.stdout(
    de
      ? `${stale.length} ${stale.length === 1 ? 'Eintrag' : 'Einträge'} mit Angaben älter als ${days} Tage (heute ist der ${on}).\n`
      : `${stale.length} ${stale.length === 1 ? 'record' : 'records'} with facts older than ${days} days (today is ${on}).\n`,
  );
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
    throw usageError({
      de: `Den Ordner „${dir}“ gibt es nicht. Geben Sie mit --dir den Datenordner des Katalogs an.`,
      en: `The folder "${dir}" does not exist. Pass the catalog's data folder with --dir.`,
    });
  }
  const result = checkCatalog(read.files, { today });
  const errors = [...read.issues, ...result.issues].filter((i) => i.severity === 'error');
  if (!result.ok || errors.length > 0) {
    for (const issue of errors) io.stderr(`${formatCatalogIssue(issue)}\n`);
    throw new CliFailure(
      [
        {
          de: `Der Katalog in „${dir}“ hat Fehler (siehe oben); prüfen Sie ihn mit „widerspruch catalog check --dir“.`,
          en: `The catalog in "${dir}" has errors (see above); check it with "widerspruch catalog check --dir".`,
        },
      ],
      EXIT.failure,
    );
  }
  return result.catalog;
}
