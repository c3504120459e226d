import type { AuthoredLocale, Fact, LocalizedText, Source } from '@widerspruch/catalog';

/** A source as shown to a person. */
export interface GuideSource {
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
}

/** Looks up source ids in a record's source list. Unknown ids are skipped (checked elsewhere). */
export function resolveSources(ids: readonly string[], sources: readonly Source[]): GuideSource[] {
  return ids.flatMap((id) => {
    const source = sources.find((s) => s.id === id);
    if (source === undefined) return [];
    const out: { -readonly [K in keyof GuideSource]: GuideSource[K] } = {
      title: source.title,
      url: source.url,
    };
    if (source.publisher !== undefined) out.publisher = source.publisher;
    if (source.published !== undefined) out.published = source.published;
    return [out];
  });
}

/** A catalog fact in one language. */
export function resolveFact(
  fact: Fact,
  locale: AuthoredLocale,
  sources: readonly Source[],
): GuideFact {
  const out: GuideFact = {
    text: fact.text[locale],
    sources: resolveSources(fact.sources, sources),
  };
  return fact.uncertain === undefined ? out : { ...out, uncertain: fact.uncertain[locale] };
}

/** Optional localized text in one language. */
export function localize(
  text: LocalizedText | undefined,
  locale: AuthoredLocale,
): string | undefined {
  return text === undefined ? undefined : text[locale];
}
