/**
 * The one registry of languages. Everything that differs by language is a lookup in a
 * `Record<Locale, …>`, so that adding a language here makes the compiler name every place
 * that still needs its wording.
 */

/** Languages the catalog's facts are authored in; every catalog text has both. */
export const AUTHORED_LOCALES = ['de', 'en'] as const;
/** A language the catalog's facts are authored in. */
export type AuthoredLocale = (typeof AUTHORED_LOCALES)[number];

/** Languages of the interface, the letters and the objection texts, in menu order. */
export const LOCALES = ['de', 'en', 'fr', 'es', 'it', 'nl', 'pl'] as const;
/** A language of the interface, the letters and the objection texts. */
export type Locale = (typeof LOCALES)[number];
/** A language whose catalog texts are translations of the authored ones. */
export type TranslatedLocale = Exclude<Locale, AuthoredLocale>;
/** Languages whose catalog texts are translation files, in menu order. */
export const TRANSLATED_LOCALES: readonly TranslatedLocale[] = LOCALES.filter(
  (l): l is TranslatedLocale => !(AUTHORED_LOCALES as readonly string[]).includes(l),
);

/** What the app needs to know about a language. */
export interface LocaleInfo {
  /** The language's name in its own language, as a language menu lists it. */
  readonly name: string;
  /** The language's name in English (for logs, docs and tests). */
  readonly englishName: string;
  /** The BCP 47 tag given to `Intl` for dates, numbers and plural rules. */
  readonly intl: string;
}

/** Every supported language. */
export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  de: { name: 'Deutsch', englishName: 'German', intl: 'de-DE' },
  en: { name: 'English', englishName: 'English', intl: 'en-GB' },
  fr: { name: 'Français', englishName: 'French', intl: 'fr-FR' },
  es: { name: 'Español', englishName: 'Spanish', intl: 'es-ES' },
  it: { name: 'Italiano', englishName: 'Italian', intl: 'it-IT' },
  nl: { name: 'Nederlands', englishName: 'Dutch', intl: 'nl-NL' },
  pl: { name: 'Polski', englishName: 'Polish', intl: 'pl-PL' },
};

/** The default language of the app. */
export const DEFAULT_LOCALE: Locale = 'de';

/** Whether a string names a supported language (exactly, lower-case). */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Whether a language is one the catalog's facts are authored in. */
export function isAuthoredLocale(locale: Locale): locale is AuthoredLocale {
  return (AUTHORED_LOCALES as readonly string[]).includes(locale);
}

/**
 * The authored language closest to a language: itself for German and English, English for
 * the rest. Only for calls into parts that have no wording of their own in every language
 * yet; each such call falls back silently and is meant to go.
 */
export function authoredFallback(locale: Locale): AuthoredLocale {
  return isAuthoredLocale(locale) ? locale : 'en';
}

/**
 * The first supported language among language tags in order of preference (a browser's
 * `navigator.languages`, or `LANG`-style values such as `fr_FR.UTF-8`); `undefined` when none
 * is supported.
 */
export function matchLocale(tags: readonly string[]): Locale | undefined {
  for (const tag of tags) {
    const primary =
      tag
        .trim()
        .toLowerCase()
        .split(/[-_.@]/)[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/** A text in the authored languages, possibly with translations merged in. */
export type TranslatableText = Readonly<Record<AuthoredLocale, string>> &
  Readonly<Partial<Record<TranslatedLocale, string>>>;

/**
 * The language a catalog text is shown in: the asked language where the text has it
 * (authored, or a current translation merged in), otherwise English.
 */
export function textLocale(text: TranslatableText, locale: Locale): Locale {
  return text[locale] !== undefined ? locale : 'en';
}

/** A catalog text in a language: the translation where one is current, otherwise English. */
export function localText(text: TranslatableText, locale: Locale): string {
  return text[locale] ?? text.en;
}

/** Plural category of a count in a language (`Intl.PluralRules`, cached per language). */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE_INFO[locale].intl);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
