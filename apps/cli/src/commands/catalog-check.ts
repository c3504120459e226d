import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  type CatalogFile,
  type CatalogIssue,
  checkCatalog,
  checkTranslations,
  formatCatalogIssue,
  isLocale,
  type LocaleTranslationReport,
  TRANSLATED_LOCALES,
  type TranslatedLocale,
} from '@widerspruch/catalog';
import { CliFailure, EXIT, usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { printJson } from './context.js';

interface CheckOptions {
  readonly dir?: string;
  /** The translations folder (default: the package's, or none with `--dir`). */
  readonly translationsDir?: string;
  /** List missing, outdated and unknown translations: of every language, or of one. */
  readonly translations?: boolean | string;
  readonly json?: boolean;
}

/** The catalog's data folder in this installation. */
export function defaultDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@widerspruch/catalog/package.json')), 'data');
}

/** The catalog's translations folder in this installation. */
export function defaultTranslationsDir(): string {
  return join(dataDirParent(), 'translations');
}

function dataDirParent(): string {
  return dirname(defaultDataDir());
}

/**
 * Reads every `.json` file below a folder as catalog files; unreadable JSON becomes an
 * `invalid-json` issue that names the file.
 */
export function readCatalogDir(dir: string): { files: CatalogFile[]; issues: CatalogIssue[] } {
  const files: CatalogFile[] = [];
  const issues: CatalogIssue[] = [];
  for (const path of listJson(dir)) {
    const file = relative(dir, path).split(sep).join('/');
    try {
      files.push({ file, data: JSON.parse(readFileSync(path, 'utf8')) });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      issues.push({
        file,
        path: '',
        code: 'invalid-json',
        message: `not valid JSON: ${detail}`,
        severity: 'error',
      });
    }
  }
  return { files, issues };
}

function listJson(dir: string): string[] {
  if (!isDirectory(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listJson(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/**
 * `widerspruch catalog check`: validates the catalog files on disk and their translation
 * files. Broken files are errors; missing, outdated and unknown translations are notes: a
 * count per language, listed one per line with `--translations [locale]`.
 */
export function runCatalogCheck(io: CliIo, opts: CheckOptions): void {
  const dir = resolve(opts.dir ?? defaultDataDir());
  if (!isDirectory(dir)) {
    throw usageError({
      de: `Den Ordner „${dir}“ gibt es nicht. Geben Sie mit --dir den Datenordner des Katalogs an.`,
      en: `The folder "${dir}" does not exist. Pass the catalog's data folder with --dir.`,
    });
  }
  const only = detailLocale(opts.translations);
  const read = readCatalogDir(dir);
  const result = checkCatalog(read.files, { today: io.today() });
  const translationsDir = translationsDirOf(opts);
  const translated = translationsDir
    ? checkTranslationsDir(read.files, translationsDir)
    : { issues: [], locales: [] };
  const issues = [...read.issues, ...result.issues, ...translated.issues];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const details = opts.translations !== undefined && opts.translations !== false;
  const reports = translated.locales.filter((r) => only === undefined || r.locale === only);
  if (opts.json) {
    printJson(io, {
      dir,
      records: read.files.length,
      errors,
      warnings,
      issues,
      translations: reports.map((r) => (details ? r : summaryOf(r))),
    });
  } else {
    for (const issue of issues) io.stderr(`${formatCatalogIssue(issue)}\n`);
    for (const report of reports) {
      io.stdout(`${translationSummary(report)}\n`);
      if (details) for (const line of translationDetails(report)) io.stdout(`${line}\n`);
    }
    io.stdout(`catalog: ${read.files.length} records, ${errors} errors, ${warnings} warnings\n`);
  }
  if (errors > 0 || read.files.length === 0) {
    const empty = read.files.length === 0;
    throw new CliFailure(
      [
        empty
          ? { de: `In „${dir}“ liegen keine Katalogdateien.`, en: `No catalog files in "${dir}".` }
          : {
              de: `Der Katalog hat ${errors} Fehler (siehe oben).`,
              en: `The catalog has ${errors} errors (see above).`,
            },
      ],
      EXIT.failure,
    );
  }
}

function detailLocale(value: boolean | string | undefined): TranslatedLocale | undefined {
  if (typeof value !== 'string') return undefined;
  const locale = TRANSLATED_LOCALES.find((l) => l === value);
  if (locale) return locale;
  const why = isLocale(value) ? 'is authored in the records' : 'is not a language of the app';
  const list = TRANSLATED_LOCALES.join(', ');
  throw usageError({
    de: `„${value}“ ${isLocale(value) ? 'ist in den Einträgen selbst verfasst' : 'ist keine Sprache der App'}; --translations nimmt ${list}.`,
    en: `"${value}" ${why}; --translations takes ${list}.`,
  });
}

/** The translations folder to check: given, or the package's when the data folder is too. */
function translationsDirOf(opts: CheckOptions): string | undefined {
  if (opts.translationsDir !== undefined) {
    const dir = resolve(opts.translationsDir);
    if (!isDirectory(dir)) {
      throw usageError({
        de: `Den Ordner „${dir}“ gibt es nicht. Geben Sie mit --translations-dir den Übersetzungsordner des Katalogs an.`,
        en: `The folder "${dir}" does not exist. Pass the catalog's translations folder with --translations-dir.`,
      });
    }
    return dir;
  }
  return opts.dir === undefined ? defaultTranslationsDir() : undefined;
}

function checkTranslationsDir(records: readonly CatalogFile[], dir: string) {
  const read = readCatalogDir(dir);
  const checked = checkTranslations(records, read.files);
  return { issues: [...read.issues, ...checked.issues], locales: checked.locales };
}

function summaryOf(r: LocaleTranslationReport) {
  return {
    locale: r.locale,
    texts: r.texts,
    translated: r.translated,
    reviewed: r.reviewed,
    missing: r.missing.length,
    outdated: r.outdated.length,
    unknown: r.unknown.length,
  };
}

/** One line per language, e.g. `note: translations fr: 333 of 995 texts current (0 reviewed), …`. */
export function translationSummary(r: LocaleTranslationReport): string {
  return (
    `note: translations ${r.locale}: ${r.translated} of ${r.texts} texts current ` +
    `(${r.reviewed} reviewed), ${r.missing.length} missing, ${r.outdated.length} outdated, ` +
    `${r.unknown.length} unknown`
  );
}

function translationDetails(r: LocaleTranslationReport): string[] {
  const line = (kind: string) => (n: { record: string; path: string }) =>
    `  ${r.locale} ${kind}: ${n.record} → ${n.path}`;
  return [
    ...r.missing.map(line('missing')),
    ...r.outdated.map(line('outdated')),
    ...r.unknown.map(line('unknown')),
  ];
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
