import { type Fact, type Locale, localText, type Source, textLocale } from '@widerspruch/catalog';
import { type GuideFact, resolveFact } from '@widerspruch/core';

/** A catalog fact in the interface language, with the languages it is shown in. */
export interface LocalFact extends GuideFact {
  /** The language of `text`: the interface language where translated, else English. */
  readonly lang: Locale;
  /** The language of `uncertain`, when there is one. */
  readonly uncertainLang?: Locale;
}

/** A catalog fact in a language (its current translation, else English), with its sources. */
export function localFact(fact: Fact, locale: Locale, sources: readonly Source[]): LocalFact {
  // Core resolves the sources; the texts are taken here in every language.
  const { sources: resolved } = resolveFact(fact, 'en', sources);
  const base = {
    text: localText(fact.text, locale),
    lang: textLocale(fact.text, locale),
    sources: resolved,
  };
  return fact.uncertain === undefined
    ? base
    : {
        ...base,
        uncertain: localText(fact.uncertain, locale),
        uncertainLang: textLocale(fact.uncertain, locale),
      };
}

/** Catalog facts in one language, with their sources. */
export function resolveFacts(
  facts: readonly Fact[],
  locale: Locale,
  sources: readonly Source[],
): LocalFact[] {
  return facts.map((f) => localFact(f, locale, sources));
}
