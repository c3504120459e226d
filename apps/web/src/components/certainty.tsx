import type { Locale } from '@widerspruch/catalog';
import type { GuideFact, GuideSource, GuideStep } from '@widerspruch/core';
import { formatDate, t, tPlural } from '../i18n/i18n.js';
import { shownIn, txWorded } from '../i18n/local-text.js';
import { isPendingSource, loadPendingSources } from '../state/catalog.js';

function inLang(text: string, lang: Locale | undefined) {
  return lang === undefined ? txWorded(text) : shownIn(text, lang);
}

/**
 * One point that is not certain: what it concerns and why, with the language of each where
 * known (else it is in the interface language).
 */
export interface Doubt {
  readonly about?: string;
  readonly aboutLang?: Locale;
  readonly why: string;
  readonly whyLang?: Locale;
}

/** What is uncertain in a step and every source it rests on, collected once. */
export interface Certainty {
  readonly doubts: readonly Doubt[];
  readonly sources: readonly GuideSource[];
}

/**
 * Collects a step's doubts (of the step, its links, routes and facts) and its sources,
 * each source once, so that they can sit behind one disclosure.
 */
export function certaintyOf(step: GuideStep): Certainty {
  const doubts: Doubt[] = [];
  const sources = new Map<string, GuideSource>();
  const addSources = (list: readonly GuideSource[]) => {
    for (const s of list) sources.set(sourceKey(s), s);
  };
  const addFact = (fact: GuideFact) => {
    addSources(fact.sources);
    if (fact.uncertain) doubts.push({ about: fact.text, why: fact.uncertain });
  };
  if (step.uncertain) doubts.push({ why: step.uncertain });
  for (const link of step.links) {
    if (link.uncertain) doubts.push({ about: link.label, why: link.uncertain });
  }
  for (const route of step.routes) {
    addSources(route.sources);
    if (route.uncertain) doubts.push({ about: route.label, why: route.uncertain });
    for (const note of route.notes) addFact(note);
  }
  for (const fact of step.facts) addFact(fact);
  for (const section of step.sections) {
    for (const link of section.links) {
      if (link.uncertain) doubts.push({ about: link.label, why: link.uncertain });
    }
    for (const fact of section.facts) addFact(fact);
  }
  return { doubts, sources: [...sources.values()] };
}

/**
 * What makes a source one: its address, or, while its details are still loading, its id (a
 * record lists each address once, so both count alike).
 */
function sourceKey(source: GuideSource): string {
  return isPendingSource(source) ? `#${source.id}` : source.url;
}

/** Joins several collections (say, a form's and a step's) into one. */
export function joinCertainty(...parts: readonly Certainty[]): Certainty {
  const sources = new Map<string, GuideSource>();
  for (const part of parts) for (const s of part.sources) sources.set(sourceKey(s), s);
  return { doubts: parts.flatMap((p) => p.doubts), sources: [...sources.values()] };
}

/**
 * "Wie sicher ist das?": one disclosure per step with the count of open points and of
 * sources in its summary, and the doubts and sources inside. Nothing when there is neither.
 */
export function CertaintyView({ certainty }: { certainty: Certainty }) {
  const { doubts, sources } = certainty;
  if (doubts.length === 0 && sources.length === 0) return null;
  const summary = [
    doubts.length > 0 ? tPlural('certainty.doubts', doubts.length) : t('certainty.sure'),
    sources.length > 0 ? tPlural('certainty.sources', sources.length) : '',
  ]
    .filter((s) => s !== '')
    .join(' · ');
  return (
    <details class="certainty sources" onToggle={loadOnOpen(sources)}>
      <summary>
        {t('certainty.title')} <span class="muted">({summary})</span>
      </summary>
      {doubts.length > 0 && (
        <ul class="doubts">
          {doubts.map((d, i) => (
            <li key={i}>
              {d.about && <p class="doubt-about">{inLang(d.about, d.aboutLang)}</p>}
              <p>{inLang(d.why, d.whyLang)}</p>
            </li>
          ))}
        </ul>
      )}
      {sources.length > 0 && (
        <>
          <p class="section-heading">{t('fact.sources')}</p>
          <SourceList sources={sources} />
        </>
      )}
    </details>
  );
}

/**
 * The handler of a disclosure that lists sources: when it opens, the details of sources not
 * loaded yet start loading (the list says so meanwhile).
 */
export function loadOnOpen(sources: readonly GuideSource[]) {
  return (event: Event): void => {
    if ((event.currentTarget as HTMLDetailsElement).open && sources.some(isPendingSource)) {
      void loadPendingSources().catch(() => undefined);
    }
  };
}

/** Sources as links with publisher and date; while their details load, a short note. */
export function SourceList({ sources }: { sources: readonly GuideSource[] }) {
  // Not a live region: it sits in every closed disclosure until one is opened, and the page
  // is not loading.
  if (sources.some(isPendingSource)) return <p class="muted sources-loading">{t('loading')}</p>;
  return (
    <ul class="source-list">
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            <cite>{s.title}</cite>
          </a>
          {s.publisher && (
            <>
              {' – '}
              <span translate={false}>{s.publisher}</span>
            </>
          )}
          {s.published ? ` (${published(s.published)})` : ''}
        </li>
      ))}
    </ul>
  );
}

/** A source's date written out when it is a full date ("27. Mai 2025"), else as given. */
export function published(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
}
