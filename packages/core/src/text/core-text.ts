import { LOCALES, type Locale } from '@widerspruch/catalog';
import type { CaseText } from '../case/case-text.js';
import type { GuideText } from '../guide/guide-text.js';
import { loadObjectionTemplate, objectionTemplateLoaded } from '../objection/compose.js';
import type { ProblemText } from '../problem/core-problem.js';
import type { NoticeText } from './notice-text.js';

/**
 * All of core's wording in one language: one module per language (`core-text.<locale>.ts`),
 * loaded when that language is first used, so that a web page carries only its own language.
 */
export interface CoreText {
  readonly guide: GuideText;
  readonly case: CaseText;
  readonly notice: NoticeText;
  readonly problem: ProblemText;
}

/** How each language's wording is loaded; a new language fails to compile until listed. */
export const CORE_TEXT_LOADERS: Readonly<Record<Locale, () => Promise<CoreText>>> = {
  de: async () => (await import('./core-text.de.js')).de,
  en: async () => (await import('./core-text.en.js')).en,
  fr: async () => (await import('./core-text.fr.js')).fr,
  es: async () => (await import('./core-text.es.js')).es,
  it: async () => (await import('./core-text.it.js')).it,
  nl: async () => (await import('./core-text.nl.js')).nl,
  pl: async () => (await import('./core-text.pl.js')).pl,
};

const loaded = new Map<Locale, CoreText>();

/** Makes a language's wording available (the CLI and tests register all at start). */
export function registerCoreText(locale: Locale, text: CoreText): void {
  loaded.set(locale, text);
}

/** Loads a language's wording if it is not there yet; the web app awaits this per language. */
export async function loadCoreText(locale: Locale): Promise<void> {
  // The objection text is core's wording too: it loads with the rest.
  const template = loadObjectionTemplate(locale);
  if (!loaded.has(locale)) registerCoreText(locale, await CORE_TEXT_LOADERS[locale]());
  await template;
}

/** Whether a language's wording is loaded (the objection text's with it, see `loadCoreText`). */
export function isCoreTextLoaded(locale: Locale): boolean {
  return loaded.has(locale) && objectionTemplateLoaded(locale);
}

/** Core's wording in a language; a bug (thrown) when it was not loaded first. */
export function coreText(locale: Locale): CoreText {
  const text = loaded.get(locale);
  if (text === undefined) {
    throw new Error(
      `core texts for "${locale}" are not loaded: await loadCoreText('${locale}') first (or import '@widerspruch/core/all-texts')`,
    );
  }
  return text;
}

/**
 * A text in every language, each worded when it is read: only the languages a caller shows
 * need to be loaded.
 */
export function inEveryLanguage(
  text: (locale: Locale) => string,
): Readonly<Record<Locale, string>> {
  const out = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    Object.defineProperty(out, locale, { enumerable: true, get: () => text(locale) });
  }
  return out;
}
