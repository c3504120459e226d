import {
  type Catalog,
  type Controller,
  type Locale,
  localText,
  type Platform,
  type TranslatableText,
  textLocale,
} from '@widerspruch/catalog';

/**
 * The small parts of the catalog the web app loads before a platform's record: what the
 * start page shows and the list of services. The build writes them per locale (with the
 * locale's translations merged in) from the checked catalog; the full records load when a
 * page needs them (see `catalog.ts`).
 */

/** A catalog text resolved for one locale, with the language it is in (English as fallback). */
export interface ResolvedText {
  readonly text: string;
  readonly lang: Locale;
}

/** The platforms the Meta summary of the start page shows. */
export const META_SUMMARY_IDS = ['facebook', 'instagram'] as const;

/** What the start page shows of a platform: its status and what an objection covers. */
export interface PlatformSummary {
  readonly id: string;
  readonly name: string;
  readonly quality: Platform['quality'];
  readonly verified: string;
  readonly aiTraining: Pick<
    Platform['aiTraining'],
    'status' | 'since' | 'summary' | 'objectionCovers' | 'objectionDoesNotCover'
  >;
  /** Only the sources the summary's facts cite. */
  readonly sources: Platform['sources'];
}

/** Everything the start page needs, in one locale. */
export interface StartIndex {
  /** Display name of every platform, by id. */
  readonly names: Readonly<Record<string, string>>;
  /** The Meta summary (Facebook, Instagram), in {@link META_SUMMARY_IDS} order. */
  readonly meta: readonly PlatformSummary[];
  /** Records of platforms whose announced training start may still be ahead. */
  readonly announced: readonly Platform[];
}

/** A service in the wizard's list. */
export interface ServiceEntry {
  readonly id: string;
  readonly name: string;
  /** The company's names, so that "Meta" finds Facebook. */
  readonly company: { readonly name: string; readonly shortName: string };
  readonly status: Platform['aiTraining']['status'];
  readonly since?: string;
  readonly headline?: ResolvedText;
  /** How many public sources the record cites (more: concerns more people). */
  readonly sourceCount: number;
  /** Whether there is a way to object (a channel) at all. */
  readonly hasChannels: boolean;
}

/** A catalog text in one locale, with the language it is shown in. */
export function resolveText(text: TranslatableText, locale: Locale): ResolvedText {
  return { text: localText(text, locale), lang: textLocale(text, locale) };
}

/** Ids of every source the value cites (`sources` arrays of ids, anywhere inside it). */
function citedSources(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedSources(v, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(v)) {
        for (const id of v) if (typeof id === 'string') into.add(id);
      } else citedSources(v, into);
    }
  }
  return into;
}

/** The start page's part of a platform record. */
export function platformSummary(platform: Platform): PlatformSummary {
  const { status, since, summary, objectionCovers, objectionDoesNotCover } = platform.aiTraining;
  const aiTraining = {
    status,
    ...(since === undefined ? {} : { since }),
    summary,
    objectionCovers,
    objectionDoesNotCover,
  };
  const cited = citedSources(aiTraining, new Set());
  return {
    id: platform.id,
    name: platform.name,
    quality: platform.quality,
    verified: platform.verified,
    aiTraining,
    sources: platform.sources.filter((s) => cited.has(s.id)),
  };
}

/** The start page's data from a catalog (with the locale's translations merged in). */
export function startIndex(catalog: Catalog): StartIndex {
  return {
    names: Object.fromEntries(catalog.platforms.map((p) => [p.id, p.name])),
    meta: META_SUMMARY_IDS.flatMap((id) => {
      const p = catalog.platforms.find((x) => x.id === id);
      return p ? [platformSummary(p)] : [];
    }),
    announced: catalog.platforms.filter(
      (p) => p.aiTraining.status === 'announced' && p.aiTraining.since !== undefined,
    ),
  };
}

/** The wizard's list of services in one locale, in the catalog's order (by id). */
export function serviceEntries(catalog: Catalog, locale: Locale): ServiceEntry[] {
  const companies = new Map<string, Controller>(catalog.controllers.map((c) => [c.id, c]));
  return catalog.platforms.map((p) => {
    const company = companies.get(p.controller);
    const { status, since, headline } = p.aiTraining;
    return {
      id: p.id,
      name: p.name,
      company: { name: company?.name ?? '', shortName: company?.shortName ?? '' },
      status,
      ...(since === undefined ? {} : { since }),
      ...(headline === undefined ? {} : { headline: resolveText(headline, locale) }),
      sourceCount: p.sources.length,
      hasChannels: p.channels.length > 0,
    };
  });
}

/**
 * Ids of the controllers a platform's record names (its own, and those of routes through
 * another company), which load with it.
 */
export function controllersOf(platform: Platform): string[] {
  const found = new Set<string>([platform.controller]);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) walk(v);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'controller' && typeof v === 'string') found.add(v);
        else walk(v);
      }
    }
  };
  walk(platform);
  return [...found].sort();
}
