import type { Catalog } from './check.js';
import { isAuthoredLocale, type Locale, type TranslatedLocale } from './locales.js';

/**
 * The current translations of the catalog into one language, as the build ships them:
 * record file (`platforms/facebook.json`) → field path (`channels/0/title`) → translated
 * text. Only translations whose source hash matches the record's English text are in it;
 * outdated ones stay in the translation files until someone updates them.
 */
export type CatalogTranslations = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * A record with the given translations merged into its texts as the language's key, next to
 * `de` and `en` (so `localText(text, locale)` finds them). Paths that name no text are
 * ignored. The record itself is not changed.
 */
export function mergeTranslations<T>(
  record: T,
  locale: TranslatedLocale,
  texts: Readonly<Record<string, string>>,
): T {
  const copy = (value: unknown, path: string): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((v, i) => copy(v, join(path, String(i))));
    const text = value as Record<string, unknown>;
    if (typeof text.de === 'string' && typeof text.en === 'string') {
      const translated = Object.hasOwn(texts, path) ? texts[path] : undefined;
      return translated === undefined ? value : { ...text, [locale]: translated };
    }
    return Object.fromEntries(Object.entries(text).map(([k, v]) => [k, copy(v, join(path, k))]));
  };
  return copy(record, '') as T;
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}/${key}`);

/**
 * The catalog with one language's translations merged into every record that has some;
 * for German and English (the authored languages) the catalog itself.
 *
 * @example
 * const fr = applyCatalogTranslations(bundledCatalog(), 'fr', await translationLoaders.fr());
 * localText(findPlatform(fr, 'facebook')!.name, 'fr');
 */
export function applyCatalogTranslations(
  catalog: Catalog,
  locale: Locale,
  translations: CatalogTranslations,
): Catalog {
  if (isAuthoredLocale(locale)) return catalog;
  const merge = <R extends { id: string }>(folder: string, records: readonly R[]): R[] =>
    records.map((r) => {
      const texts = translations[`${folder}/${r.id}.json`];
      return texts ? mergeTranslations(r, locale, texts) : r;
    });
  return {
    platforms: merge('platforms', catalog.platforms),
    controllers: merge('controllers', catalog.controllers),
    authorities: merge('authorities', catalog.authorities),
    remedies: merge('remedies', catalog.remedies),
  };
}
