import {
  type Fact,
  type Locale,
  type LocalizedText,
  localText,
  type Source,
  textLocale,
} from '@widerspruch/catalog';

/** A source as shown to a person. */
export interface GuideSource {
  /** Its id in the record that lists it (unique there, as is its address). */
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly publisher?: string;
  readonly published?: string;
}

/** A fact in one language, with its sources; `uncertain` says why it is not settled. */
export interface GuideFact {
  readonly text: string;
  readonly sources: readonly GuideSource[];
  readonly uncertain?: string;
  /** The language of `text` when it is not the one asked for (an English fallback). */
  readonly lang?: Locale;
}

/** Looks up source ids in a record's source list. Unknown ids are skipped (checked elsewhere). */
export function resolveSources(ids: readonly string[], sources: readonly Source[]): GuideSource[] {
  return ids.flatMap((id) => {
    const source = sources.find((s) => s.id === id);
    if (source === undefined) return [];
    const out: { -readonly [K in keyof GuideSource]: GuideSource[K] } = {
      id: source.id,
      title: source.title,
      url: source.url,
    };
    if (source.publisher !== undefined) out.publisher = source.publisher;
    if (source.published !== undefined) out.published = source.published;
    return [out];
  });
}

/** A catalog fact in one language (English where no current translation exists). */
export function resolveFact(fact: Fact, locale: Locale, sources: readonly Source[]): GuideFact {
  const lang = textLocale(fact.text, locale);
  const out: GuideFact = {
    text: localText(fact.text, locale),
    sources: resolveSources(fact.sources, sources),
    ...(lang === locale ? {} : { lang }),
  };
  return fact.uncertain === undefined
    ? out
    : { ...out, uncertain: localText(fact.uncertain, locale) };
}

/** Optional localized text in one language. */
export function localize(text: LocalizedText | undefined, locale: Locale): string | undefined {
  return text === undefined ? undefined : localText(text, locale);
}
