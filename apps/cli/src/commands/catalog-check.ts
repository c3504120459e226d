import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  type CatalogFile,
  type CatalogIssue,
  checkCatalog,
  formatCatalogIssue,
} from '@widerspruch/catalog';
import { CliFailure, EXIT, usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { printJson } from './context.js';

interface CheckOptions {
  readonly dir?: string;
  readonly json?: boolean;
}

/** The catalog's data folder in this installation. */
export function defaultDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@widerspruch/catalog/package.json')), 'data');
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
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listJson(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** `widerspruch catalog check`: validates the catalog files on disk. */
export function runCatalogCheck(io: CliIo, opts: CheckOptions): void {
  const dir = resolve(opts.dir ?? defaultDataDir());
  if (!isDirectory(dir)) {
    throw usageError({
      de: `Den Ordner „${dir}“ gibt es nicht. Geben Sie mit --dir den Datenordner des Katalogs an.`,
      en: `The folder "${dir}" does not exist. Pass the catalog's data folder with --dir.`,
    });
  }
  const read = readCatalogDir(dir);
  const result = checkCatalog(read.files, { today: io.today() });
  const issues = [...read.issues, ...result.issues];
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  if (opts.json) {
    printJson(io, { dir, records: read.files.length, errors, warnings, issues });
  } else {
    for (const issue of issues) io.stderr(`${formatCatalogIssue(issue)}\n`);
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

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
