import { LOCALES, type Locale } from '@widerspruch/catalog/locales';

/** Wording with one module per language, of which only the languages in use are loaded. */
export interface ByLanguage<T> {
  /**
   * Every language's wording, looked up as `table[locale]`; reading a language that was not
   * loaded first is a bug and throws.
   */
  readonly table: Readonly<Record<Locale, T>>;
  /** Loads a language's module (once). */
  load(locale: Locale): Promise<T>;
  /** Makes a language's wording available without loading (tests that bundle them all). */
  register(locale: Locale, value: T): void;
  /** Whether a language is loaded. */
  isLoaded(locale: Locale): boolean;
}

/**
 * A table of per-language wording whose modules load on demand: the CLI starts with the
 * chosen language only instead of all of them.
 */
export function byLanguage<T>(
  what: string,
  loaders: Readonly<Record<Locale, () => Promise<T>>>,
): ByLanguage<T> {
  const loaded = new Map<Locale, T>();
  const table = {} as Record<Locale, T>;
  for (const locale of LOCALES) {
    Object.defineProperty(table, locale, {
      enumerable: true,
      get: () => {
        const value = loaded.get(locale);
        if (value === undefined) throw new Error(`${what} in "${locale}" are not loaded`);
        return value;
      },
    });
  }
  return {
    table,
    async load(locale) {
      const value = loaded.get(locale) ?? (await loaders[locale]());
      loaded.set(locale, value);
      return value;
    },
    register: (locale, value) => {
      loaded.set(locale, value);
    },
    isLoaded: (locale) => loaded.has(locale),
  };
}
