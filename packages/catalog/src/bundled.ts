import { applyCatalogTranslations } from './catalog-translations.js';
import type { Catalog, CatalogFile } from './check.js';
import { bundledRecords } from './generated/bundled-records.js';
import { translationLoaders } from './generated/translation-loaders.js';
import { isAuthoredLocale, type Locale } from './locales.js';
import type { Authority, Controller, Platform, Remedy } from './types.js';

let cached: Catalog | undefined;

/**
 * The catalog shipped with this build (generated from `data/` by `npm run build`). The build
 * checks `data/` (`catalog check`) and stops on any error, so the records are not checked
 * again here: on a phone that would cost a few hundred milliseconds at every start.
 * A test keeps this equal to what {@link checkCatalog} makes of the same records.
 */
export function bundledCatalog(): Catalog {
  cached ??= catalogOf(bundledRecords);
  return cached;
}

export { translationLoaders };

const localized = new Map<Locale, Promise<Catalog>>();

/**
 * The shipped catalog with the current translations into a language merged in (loading only
 * that language's translations); for German and English the catalog itself. Render its
 * texts with `localText(text, locale)` and mark English fallbacks with `textLocale`.
 *
 * @example
 * const catalog = await localizedCatalog('fr');
 */
export function localizedCatalog(locale: Locale): Promise<Catalog> {
  if (isAuthoredLocale(locale)) return Promise.resolve(bundledCatalog());
  let pending = localized.get(locale);
  if (!pending) {
    pending = translationLoaders[locale]().then(
      (t) => applyCatalogTranslations(bundledCatalog(), locale, t),
      (error: unknown) => {
        localized.delete(locale); // a failed load (e.g. offline) is tried again next time
        throw error;
      },
    );
    localized.set(locale, pending);
  }
  return pending;
}

/** Checked records as a catalog: grouped by folder, each group sorted by id. */
function catalogOf(files: readonly CatalogFile[]): Catalog {
  const of = <T extends { id: string }>(folder: string): T[] =>
    files
      .filter((f) => f.file.startsWith(`${folder}/`))
      .map((f) => f.data as T)
      // Ids are lowercase ASCII: code-unit order is the order `localeCompare` gives, without
      // starting Intl's collator.
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    platforms: of<Platform>('platforms'),
    controllers: of<Controller>('controllers'),
    authorities: of<Authority>('authorities'),
    remedies: of<Remedy>('remedies'),
  };
}
