import type { GuideFact, GuideSource } from '@widerspruch/core';
import { locale, t } from '../i18n/i18n.js';
import { shownIn } from '../i18n/local-text.js';
import type { LocalFact } from '../view/facts.js';
import { CertaintyView, loadOnOpen, SourceList } from './certainty.js';

/**
 * A fact, plainly; its sources and, if they disagree, why it is uncertain, behind one
 * "Wie sicher ist das?" disclosure.
 */
export function FactView({ fact }: { fact: GuideFact | LocalFact }) {
  // Core marks a fact shown in English for want of a translation; one resolved here always
  // says its language.
  const lang = fact.lang ?? locale.value;
  const whyLang = 'uncertainLang' in fact ? fact.uncertainLang : fact.lang;
  return (
    <div class="fact">
      <p>{shownIn(fact.text, lang)}</p>
      <CertaintyView
        certainty={{
          doubts: fact.uncertain ? [{ why: fact.uncertain, ...(whyLang ? { whyLang } : {}) }] : [],
          sources: fact.sources,
        }}
      />
    </div>
  );
}

/** A compact list of sources, collapsed by default. */
export function Sources({ sources }: { sources: readonly GuideSource[] }) {
  if (sources.length === 0) return null;
  return (
    <details class="sources" onToggle={loadOnOpen(sources)}>
      <summary>
        {sources.length === 1 ? t('fact.source') : `${t('fact.sources')} (${sources.length})`}
      </summary>
      <SourceList sources={sources} />
    </details>
  );
}

/** A list of facts. */
export function FactList({ facts }: { facts: readonly (GuideFact | LocalFact)[] }) {
  if (facts.length === 0) return null;
  return (
    <ul class="facts">
      {facts.map((fact) => (
        <li key={fact.text}>
          <FactView fact={fact} />
        </li>
      ))}
    </ul>
  );
}
