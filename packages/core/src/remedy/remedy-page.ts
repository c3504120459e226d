import {
  type Catalog,
  controllerOf,
  type Fact,
  findAuthority,
  findPlatform,
  type Locale,
  localText,
} from '@widerspruch/catalog';
import {
  type GuideFact,
  type GuideSource,
  localize,
  resolveFact,
  resolveSources,
} from '../guide/resolve.js';
import { GDPR_PROCEDURAL_REGULATION, ruleApplies } from '../law/dated-rules.js';
import { type PageFact, ROUTE_FACTS, remedyPageText } from './page-text.js';
import { type RemedyView, remedyViews } from './remedy-view.js';

/** The routes of the remedies page, in the order shown. */
export const REMEDY_ROUTE_IDS = [
  'visibility',
  'delete',
  'complaint',
  'advice',
  'injunction',
  'collective',
] as const;

/** One route of the remedies page. */
export type RemedyRouteId = (typeof REMEDY_ROUTE_IDS)[number];

/** A route: what to do, the sourced facts and limits, and the cases that belong to it. */
export interface RemedyRoute {
  readonly id: RemedyRouteId;
  readonly title: string;
  readonly text: string;
  readonly facts: readonly GuideFact[];
  /** Court cases or collective actions about AI training that show this route. */
  readonly remedies: readonly RemedyView[];
  /** Proceedings about something else, shown so that nobody mixes them up. */
  readonly otherMatters: readonly RemedyView[];
}

/** What to do when a platform ignores an objection, or when it is too late. */
export interface RemedyPage {
  readonly platform: { readonly id: string; readonly name: string };
  /** How the company is called, e.g. "Meta". */
  readonly company: string;
  readonly routes: readonly RemedyRoute[];
}

/**
 * The remedies page of a platform: every route from making posts non-public to joining a
 * collective action, each with its sources and honest limits. `today` (YYYY-MM-DD) decides
 * which dated rules are mentioned; core has no clock. Undefined for an unknown platform.
 */
export function remedyPage(
  catalog: Catalog,
  platformId: string,
  locale: Locale,
  today: string,
): RemedyPage | undefined {
  const platform = findPlatform(catalog, platformId);
  if (platform === undefined) return undefined;
  const controller = controllerOf(catalog, platform);
  const t = remedyPageText(locale);
  const own = (facts: readonly Fact[]) =>
    facts.map((f) => resolveFact(f, locale, platform.sources));
  const views = remedyViews(catalog, platform.id, locale);
  const ai = views.filter((r) => r.aboutAiTraining);
  const route = (
    id: RemedyRouteId,
    facts: readonly GuideFact[],
    remedies: readonly RemedyView[] = [],
    otherMatters: readonly RemedyView[] = [],
  ): RemedyRoute => ({
    id,
    title: t.route[id].title,
    text: t.route[id].text(controller.shortName, platform.name),
    facts,
    remedies,
    otherMatters,
  });
  const collectiveText = ai.some((r) => r.kind === 'collective-action')
    ? []
    : [noneFact(t.collectiveNone(platform.name))];
  return {
    platform: { id: platform.id, name: platform.name },
    company: controller.shortName,
    routes: [
      route('visibility', own(platform.aiTraining.dataUsed)),
      route(
        'delete',
        own([
          ...(platform.aiTraining.retroactive ? [platform.aiTraining.retroactive] : []),
          ...platform.aiTraining.objectionDoesNotCover,
        ]),
      ),
      route('complaint', [
        ...leadAuthorityFact(catalog, controller, locale),
        ...pageFacts(ROUTE_FACTS.complaint, locale),
        ...proceduralFacts(today, locale),
      ]),
      route('advice', pageFacts(ROUTE_FACTS.advice, locale)),
      route(
        'injunction',
        pageFacts(ROUTE_FACTS.injunction, locale),
        // The case a single person won first, then applications by organisations.
        [
          ...ai.filter((r) => r.kind === 'individual-case'),
          ...ai.filter((r) => r.kind === 'injunction-application'),
        ],
      ),
      route(
        'collective',
        collectiveText,
        ai.filter((r) => r.kind === 'collective-action' || r.kind === 'collective-claim'),
        views.filter((r) => !r.aboutAiTraining),
      ),
    ],
  };
}

function pageFacts(facts: readonly PageFact[], locale: Locale): GuideFact[] {
  const t = remedyPageText(locale);
  return facts.map((f) => ({
    text: t.fact[f.id],
    sources: f.sources,
    ...(f.uncertain ? { uncertain: t.doubt[f.uncertain] } : {}),
  }));
}

function noneFact(text: string): GuideFact {
  return { text, sources: [] };
}

/** The controller's lead authority, as the controller record names it with its sources. */
function leadAuthorityFact(
  catalog: Catalog,
  controller: ReturnType<typeof controllerOf>,
  locale: Locale,
): GuideFact[] {
  const ref = controller.authorities.find((a) => a.role === 'lead');
  if (ref === undefined) return [];
  const authority = ref.authority === undefined ? undefined : findAuthority(catalog, ref.authority);
  const name = localText(authority?.title ?? ref.name, locale);
  const uncertain = localize(ref.uncertain, locale);
  return [
    {
      text: remedyPageText(locale).leadAuthority(controller.shortName, name),
      sources: resolveSources(ref.sources, controller.sources),
      ...(uncertain === undefined ? {} : { uncertain }),
    },
  ];
}

/** From 2 April 2027: the complaint follows the objection (Regulation (EU) 2025/2518). */
function proceduralFacts(today: string, locale: Locale): GuideFact[] {
  if (!ruleApplies(GDPR_PROCEDURAL_REGULATION, today)) return [];
  const sources: GuideSource[] = GDPR_PROCEDURAL_REGULATION.sources.map((s) => ({ ...s }));
  return [
    {
      text: remedyPageText(locale).procedural,
      sources,
    },
  ];
}
