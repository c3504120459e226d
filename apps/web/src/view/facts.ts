import { authoredFallback, type Fact, type Locale, type Source } from '@widerspruch/catalog';
import { type GuideFact, resolveFact } from '@widerspruch/core';

/** Catalog facts in one language, with their sources. */
export function resolveFacts(
  facts: readonly Fact[],
  locale: Locale,
  sources: readonly Source[],
): GuideFact[] {
  return facts.map((f) => resolveFact(f, authoredFallback(locale), sources));
}
