import * as v from 'valibot';
import type { CatalogFile } from './check.js';
import { type CatalogIssue, catalogError, schemaIssues } from './issues.js';
import {
  AUTHORED_LOCALES,
  isLocale,
  LOCALES,
  TRANSLATED_LOCALES,
  type TranslatedLocale,
} from './locales.js';
import { applyTranslations, type TranslationFile, textFields } from './translations.js';

/** The shape of one translation file: field path → translated text, source hash, review. */
export const TranslationFileSchema = v.record(
  v.pipe(v.string(), v.regex(/^[^/]+(\/[^/]+)*$/, 'a field path is keys joined by "/"')),
  v.strictObject({
    text: v.pipe(
      v.string('text must be the translated text'),
      v.regex(/\S/, 'text is empty: leave the field out until it is translated'),
    ),
    source: v.pipe(
      v.string('source must be the textHash of the English text'),
      v.regex(/^[0-9a-f]{8}$/, 'source must be 8 hex digits (textHash of the English text)'),
    ),
    reviewed: v.boolean('reviewed must be true or false'),
  }),
);

/** A text of one record, located for a translator. */
export interface TranslationNote {
  /** The record's file below `data/`, e.g. `platforms/facebook.json`. */
  readonly record: string;
  /** The field path inside the record, e.g. `channels/0/title`. */
  readonly path: string;
}

/** How far the catalog is translated into one language. */
export interface LocaleTranslationReport {
  readonly locale: TranslatedLocale;
  /** Authored texts in the catalog. */
  readonly texts: number;
  /** Texts with a current translation. */
  readonly translated: number;
  /** Current translations a fluent speaker reviewed. */
  readonly reviewed: number;
  /** Texts with no translation. */
  readonly missing: readonly TranslationNote[];
  /** Texts whose translation was made for an older English text (not shown). */
  readonly outdated: readonly TranslationNote[];
  /** Translations that name no text of the catalog (a removed field or record). */
  readonly unknown: readonly TranslationNote[];
}

/** What {@link checkTranslations} found: broken files as errors, and a report per language. */
export interface TranslationCheckResult {
  readonly issues: readonly CatalogIssue[];
  readonly locales: readonly LocaleTranslationReport[];
}

/**
 * Checks translation files against the catalog's records. A file that is not a valid
 * translation file (shape, language folder, location) is an error; missing, outdated and
 * unknown translations are only reported per language, because the app shows the English
 * text until a translation is current.
 *
 * @param records the catalog files (`platforms/facebook.json` …) as read from `data/`
 * @param files translation files as read from `translations/`, named
 *   `<locale>/<folder>/<id>.json`
 * @param locales the languages to report on (default: every translated language)
 */
export function checkTranslations(
  records: readonly CatalogFile[],
  files: readonly CatalogFile[],
  locales: readonly TranslatedLocale[] = TRANSLATED_LOCALES,
): TranslationCheckResult {
  const issues: CatalogIssue[] = [];
  const byLocale = new Map<string, Map<string, TranslationFile>>();
  for (const { file, data } of files) {
    const [locale = '', ...rest] = file.split('/');
    const issue = misplaced(file, locale, rest);
    if (issue) {
      issues.push(issue);
      continue;
    }
    const parsed = v.safeParse(TranslationFileSchema, data);
    if (!parsed.success) {
      issues.push(
        ...schemaIssues(file, parsed.issues).map((i) => ({
          ...i,
          code: 'invalid-translation' as const,
        })),
      );
      continue;
    }
    const map = byLocale.get(locale) ?? new Map<string, TranslationFile>();
    byLocale.set(locale, map);
    map.set(rest.join('/'), parsed.output);
  }
  const reports = locales.map((locale) =>
    localeReport(locale, records, byLocale.get(locale) ?? new Map()),
  );
  return { issues, locales: reports };
}

function misplaced(file: string, locale: string, rest: readonly string[]): CatalogIssue | null {
  if ((AUTHORED_LOCALES as readonly string[]).includes(locale)) {
    return catalogError(
      file,
      '',
      'unknown-locale',
      `"${locale}" is authored in the records themselves; translation folders are ${TRANSLATED_LOCALES.join(', ')}`,
    );
  }
  if (!isLocale(locale)) {
    return catalogError(
      file,
      '',
      'unknown-locale',
      `"${locale}" is not a language of the app (${LOCALES.join(', ')}); add it to LOCALES in locales.ts first or move the file`,
    );
  }
  if (rest.length !== 2) {
    return catalogError(
      file,
      '',
      'invalid-translation',
      'a translation file belongs at <locale>/<folder>/<id>.json, beside the path of its record',
    );
  }
  return null;
}

function localeReport(
  locale: TranslatedLocale,
  records: readonly CatalogFile[],
  translations: ReadonlyMap<string, TranslationFile>,
): LocaleTranslationReport {
  let texts = 0;
  let translated = 0;
  let reviewed = 0;
  const missing: TranslationNote[] = [];
  const outdated: TranslationNote[] = [];
  const unknown: TranslationNote[] = [];
  const known = new Set<string>();
  for (const { file: record, data } of records) {
    known.add(record);
    const entries = translations.get(record) ?? {};
    const { report } = applyTranslations(data, locale, entries);
    const count = textFields(data).length;
    const current = count - report.missing.length - report.outdated.length;
    texts += count;
    translated += current;
    const stale = new Set([...report.missing, ...report.outdated]);
    for (const [path, entry] of Object.entries(entries)) {
      if (entry.reviewed && !stale.has(path) && !report.unknown.includes(path)) reviewed++;
    }
    missing.push(...report.missing.map((path) => ({ record, path })));
    outdated.push(...report.outdated.map((path) => ({ record, path })));
    unknown.push(...report.unknown.map((path) => ({ record, path })));
  }
  for (const [record, entries] of translations) {
    if (!known.has(record)) unknown.push(...Object.keys(entries).map((path) => ({ record, path })));
  }
  return { locale, texts, translated, reviewed, missing, outdated, unknown };
}
