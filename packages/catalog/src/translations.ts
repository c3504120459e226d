import type { TranslatedLocale } from './locales.js';

/**
 * Translations of catalog texts. The facts are authored in German and English with their
 * sources; other languages translate the English text. Each record has one translation file
 * per language, at `translations/<locale>/<folder>/<id>.json` (the record's data path under
 * the language), mapping a field (the path to the text inside the record, e.g.
 * `channels/0/title`) to the translated text, the hash of the English text it translates, and
 * whether a fluent speaker reviewed it. A translation whose hash no longer matches is outdated
 * and not shown. Translations are never sources of facts.
 */
export interface TranslationEntry {
  /** The translated text. */
  readonly text: string;
  /** {@link textHash} of the English text this translates. */
  readonly source: string;
  /** Whether a fluent speaker reviewed the translation. */
  readonly reviewed: boolean;
}

/** One record's translations into one language: field path → entry. */
export type TranslationFile = Readonly<Record<string, TranslationEntry>>;

/** A catalog text found in a record. */
export interface TextField {
  /** Path inside the record, keys and indexes joined by `/`. */
  readonly path: string;
  readonly de: string;
  readonly en: string;
}

/** A short, stable hash of a text (32-bit FNV-1a over UTF-16 code units, 8 hex digits). */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const isText = (v: unknown): v is { de: string; en: string } =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as Record<string, unknown>).de === 'string' &&
  typeof (v as Record<string, unknown>).en === 'string';

/** Every authored text (an object with `de` and `en`) in a record, in document order. */
export function textFields(data: unknown): TextField[] {
  const out: TextField[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (isText(value)) {
      out.push({ path: path.join('/'), de: value.de, en: value.en });
      return;
    }
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, String(i)]);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return out;
}

/** What applying translations to a record found. */
export interface TranslationReport {
  /** Paths of texts with no translation. */
  readonly missing: readonly string[];
  /** Paths of texts whose translation was made for an older English text. */
  readonly outdated: readonly string[];
  /** Paths in the translation file that name no text of the record. */
  readonly unknown: readonly string[];
}

/**
 * A copy of a record with every current translation merged into its texts (as the key of
 * the language, next to `de` and `en`), and a report of what is missing or outdated.
 */
export function applyTranslations<T>(
  data: T,
  locale: TranslatedLocale,
  entries: TranslationFile,
): { readonly data: T; readonly report: TranslationReport } {
  const seen = new Set<string>();
  const missing: string[] = [];
  const outdated: string[] = [];
  const copy = (value: unknown, path: string[]): unknown => {
    if (isText(value)) {
      const key = path.join('/');
      const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
      seen.add(key);
      if (!entry) missing.push(key);
      else if (entry.source !== textHash(value.en)) outdated.push(key);
      else return { ...value, [locale]: entry.text };
      return value;
    }
    if (Array.isArray(value)) return value.map((v, i) => copy(v, [...path, String(i)]));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v, [...path, k])]));
    }
    return value;
  };
  const translated = copy(data, []) as T;
  const unknown = Object.keys(entries).filter((k) => !seen.has(k));
  return { data: translated, report: { missing, outdated, unknown } };
}
