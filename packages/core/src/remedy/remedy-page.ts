import {
  type AuthoredLocale,
  type Catalog,
  controllerOf,
  type Fact,
  findAuthority,
  findPlatform,
} from '@widerspruch/catalog';
import { type GuideFact, type GuideSource, resolveFact } from '../guide/resolve.js';
import { GDPR_PROCEDURAL_REGULATION, ruleApplies } from '../law/dated-rules.js';
import { type PageFact, ROUTE_FACTS, ROUTE_TEXT } from './page-text.js';
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
  locale: AuthoredLocale,
  today: string,
): RemedyPage | undefined {
  const platform = findPlatform(catalog, platformId);
  if (platform === undefined) return undefined;
  const controller = controllerOf(catalog, platform);
  const fill = (text: string) =>
    text.replaceAll('{company}', controller.shortName).replaceAll('{platform}', platform.name);
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
    title: fill(ROUTE_TEXT[id].title[locale]),
    text: fill(ROUTE_TEXT[id].text[locale]),
    facts,
    remedies,
    otherMatters,
  });
  const collectiveText = ai.some((r) => r.kind === 'collective-action')
    ? []
    : [noneFact(fill(ROUTE_TEXT.collective.none[locale]))];
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

function pageFacts(facts: readonly PageFact[], locale: AuthoredLocale): GuideFact[] {
  return facts.map((f) => ({
    text: f.text[locale],
    sources: f.sources,
    ...(f.uncertain ? { uncertain: f.uncertain[locale] } : {}),
  }));
}

function noneFact(text: string): GuideFact {
  return { text, sources: [] };
}

/** The controller's lead authority, as the controller record names it with its sources. */
function leadAuthorityFact(
  catalog: Catalog,
  controller: ReturnType<typeof controllerOf>,
  locale: AuthoredLocale,
): GuideFact[] {
  const ref = controller.authorities.find((a) => a.role === 'lead');
  if (ref === undefined) return [];
  const authority = ref.authority === undefined ? undefined : findAuthority(catalog, ref.authority);
  const name = authority?.title[locale] ?? ref.name[locale];
  return [
    resolveFact(
      {
        text: {
          de: `Federführend für ${controller.shortName} ist die Aufsichtsbehörde ${name}; Sie können sich aber bei der Behörde an Ihrem Wohnort beschweren, die App schlägt sie vor.`,
          en: `The lead authority for ${controller.shortName} is ${name}; you can still complain to the authority where you live, which the app suggests.`,
        },
        sources: ref.sources,
        ...(ref.uncertain ? { uncertain: ref.uncertain } : {}),
      },
      locale,
      controller.sources,
    ),
  ];
}

/** From 2 April 2027: the complaint follows the objection (Regulation (EU) 2025/2518). */
function proceduralFacts(today: string, locale: AuthoredLocale): GuideFact[] {
  if (!ruleApplies(GDPR_PROCEDURAL_REGULATION, today)) return [];
  const sources: GuideSource[] = GDPR_PROCEDURAL_REGULATION.sources.map((s) => ({ ...s }));
  return [
    {
      text:
        locale === 'de'
          ? 'Seit dem 2. April 2027 muss der Beschwerde Ihr Widerspruch an das Unternehmen vorausgegangen sein; die Behörde, bei der Sie sich beschweren, leitet sie binnen sechs Wochen an die federführende Behörde weiter (Verordnung (EU) 2025/2518).'
          : 'Since 2 April 2027 your objection to the company must come before the complaint; the authority you complain to sends it to the lead authority within six weeks (Regulation (EU) 2025/2518).',
      sources,
    },
  ];
}
