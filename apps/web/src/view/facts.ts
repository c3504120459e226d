import type { AuthoredLocale, Fact, Source } from '@widerspruch/catalog';
import { type GuideFact, resolveFact } from '@widerspruch/core';

/** Catalog facts in one language, with their sources. */
export function resolveFacts(
  facts: readonly Fact[],
  locale: AuthoredLocale,
  sources: readonly Source[],
): GuideFact[] {
  return facts.map((f) => resolveFact(f, locale, sources));
}
