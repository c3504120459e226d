import {
  type Catalog,
  type Fact,
  LOCALE_INFO,
  type Locale,
  type LocalizedText,
  localText,
  type Remedy,
  remediesFor,
} from '@widerspruch/catalog';
import { type GuideSource, resolveSources } from '../guide/resolve.js';
import { longDate } from '../util/date-text.js';
import { remedyPageText } from './page-text.js';

/** A sourced statement in one language, with the doubt about it if any. */
export interface RemedyFact {
  readonly text: string;
  readonly uncertain?: string;
}

/** One way to join a collective action, in one language. */
export interface RemedyJoinRoute extends RemedyFact {
  readonly url?: string;
  /** "kostenlos" / "free of charge", or the price, e.g. "7,50 €". */
  readonly cost: string;
  readonly free: boolean;
}

/** A remedy record as the guide and the remedies page show it, in one language. */
export interface RemedyView {
  readonly id: string;
  readonly kind: Remedy['kind'];
  /** Whether it is about AI training; the others are shown as a different matter. */
  readonly aboutAiTraining: boolean;
  readonly title: string;
  readonly claimant: string;
  readonly forum: RemedyFact;
  /** The record's date written out ("19. Mai 2025", "Dezember 2024"). */
  readonly date: string;
  readonly about: RemedyFact;
  readonly notAbout?: RemedyFact;
  readonly state: Remedy['status']['state'];
  readonly status: RemedyFact;
  readonly statusAsOf: string;
  readonly join?: {
    readonly who: RemedyFact;
    readonly routes: readonly RemedyJoinRoute[];
    readonly until?: RemedyFact;
  };
  readonly limits: readonly RemedyFact[];
  readonly sources: readonly GuideSource[];
}

/**
 * The court cases and collective actions for a platform, ready to show: those about AI
 * training first. Empty when the catalog has none for the platform.
 */
export function remedyViews(catalog: Catalog, platformId: string, locale: Locale): RemedyView[] {
  return remediesFor(catalog, platformId).map((r) => remedyView(r, locale));
}

/** One remedy record in one language. */
export function remedyView(r: Remedy, locale: Locale): RemedyView {
  const fact = (f: Fact | RemedyFactSource): RemedyFact => ({
    text: localText(f.text, locale),
    ...(f.uncertain ? { uncertain: localText(f.uncertain, locale) } : {}),
  });
  return {
    id: r.id,
    kind: r.kind,
    aboutAiTraining: r.topic === 'ai-training',
    title: localText(r.title, locale),
    claimant: localText(r.claimant, locale),
    forum: fact(r.forum),
    date: partialDate(r.date, locale),
    about: fact(r.about),
    ...(r.notAbout ? { notAbout: fact(r.notAbout) } : {}),
    state: r.status.state,
    status: fact(r.status),
    statusAsOf: longDate(r.status.asOf, locale),
    ...(r.join
      ? {
          join: {
            who: fact(r.join.who),
            routes: r.join.routes.map((route) => ({
              ...fact(route),
              ...(route.url ? { url: route.url } : {}),
              cost: cost(route.costEur, locale),
              free: route.costEur === 0,
            })),
            ...(r.join.until ? { until: fact(r.join.until) } : {}),
          },
        }
      : {}),
    limits: (r.limits ?? []).map(fact),
    sources: resolveSources(
      r.sources.map((s) => s.id),
      r.sources,
    ),
  };
}

interface RemedyFactSource {
  readonly text: LocalizedText;
  readonly uncertain?: LocalizedText;
}

function cost(euros: number, locale: Locale): string {
  if (euros === 0) return remedyPageText(locale).free;
  return new Intl.NumberFormat(LOCALE_INFO[locale].intl, {
    style: 'currency',
    currency: 'EUR',
  }).format(euros);
}

function partialDate(date: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return longDate(date, locale);
  if (/^\d{4}-\d{2}$/.test(date)) {
    return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${date}-01T00:00:00Z`));
  }
  return date;
}
