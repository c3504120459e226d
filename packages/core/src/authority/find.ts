import type {
  AuthoredLocale,
  Authority,
  Catalog,
  Controller,
  LocalizedText,
} from '@widerspruch/catalog';
import { findAuthority } from '@widerspruch/catalog';
import { GDPR_PROCEDURAL_REGULATION, ruleApplies } from '../law/dated-rules.js';

/** The German Länder by code. */
export const LAND_NAMES: Readonly<Record<string, string>> = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
};

/** Where the person lives: a country (ISO 3166-1 alpha-2) and, in Germany, the Land. */
export interface Residence {
  readonly country?: string;
  readonly region?: string;
}

/** Options of {@link findAuthorities}. */
export interface FindOptions {
  /** Today (YYYY-MM-DD), for rules that apply from a date (Regulation (EU) 2025/2518). */
  readonly today?: string;
}

/** An authority with the reason it is offered. */
export interface AuthorityChoice {
  readonly authority: Authority;
  readonly role: 'local' | 'national-lead' | 'lead';
  readonly reason: LocalizedText;
}

/** The authorities a complaint can go to, the recommended one first. */
export interface AuthorityFinding {
  readonly recommended?: AuthorityChoice;
  readonly choices: readonly AuthorityChoice[];
  /** Said when the residence was not given or not understood. */
  readonly notice?: LocalizedText;
}

/**
 * Finds the supervisory authorities for a complaint (Art. 77 GDPR): the one where the person
 * lives (for companies in Germany: the Land's authority), the authority that leads on the
 * controller in Germany, and the controller's lead authority (Art. 56 GDPR).
 */
export function findAuthorities(
  catalog: Catalog,
  controller: Controller,
  residence: Residence,
  options: FindOptions = {},
): AuthorityFinding {
  const choices: AuthorityChoice[] = [];
  const country = residence.country?.toUpperCase();
  const region = residence.region?.toUpperCase();
  const local = country === undefined ? undefined : localAuthority(catalog, country, region);
  if (local !== undefined) choices.push(local);
  for (const ref of controller.authorities) {
    const authority =
      ref.authority === undefined ? undefined : findAuthority(catalog, ref.authority);
    if (authority === undefined || choices.some((c) => c.authority.id === authority.id)) continue;
    if (ref.role === 'national-lead' && country !== ref.country) continue;
    choices.push({
      authority,
      role: ref.role === 'lead' ? 'lead' : 'national-lead',
      reason: leadReason(ref.role, controller, authority),
    });
  }
  const rank = { local: 0, 'national-lead': 1, lead: 2 } as const;
  choices.sort((a, b) => rank[a.role] - rank[b.role]);
  const notice = noticeFor(catalog, country, region, local);
  if (options.today !== undefined && ruleApplies(GDPR_PROCEDURAL_REGULATION, options.today)) {
    withForwarding(choices);
  }
  const recommended = choices[0];
  return {
    ...(recommended === undefined ? {} : { recommended }),
    choices,
    ...(notice === undefined ? {} : { notice }),
  };
}

function localAuthority(
  catalog: Catalog,
  country: string,
  region: string | undefined,
): AuthorityChoice | undefined {
  if (country === 'DE') {
    if (region === undefined) return undefined;
    const land = catalog.authorities.find((a) => a.level === 'state' && a.region === region);
    if (land === undefined) return undefined;
    return {
      authority: land,
      role: 'local',
      reason: {
        de: `Sie wohnen in ${LAND_NAMES[region] ?? region}. Nach Art. 77 Abs. 1 DSGVO können Sie sich bei der Aufsichtsbehörde Ihres Wohnorts beschweren; in Deutschland ist für Unternehmen die Behörde des Landes zuständig. Sie leitet die Beschwerde bei Bedarf weiter (§ 19 Abs. 2 BDSG).`,
        en: `You live in ${LAND_NAMES[region] ?? region}. Under Art. 77(1) GDPR you may complain to the authority where you live; in Germany the Land authority is competent for companies. It forwards the complaint where needed (§ 19(2) BDSG).`,
      },
    };
  }
  const national = catalog.authorities.find((a) => a.level === 'national' && a.country === country);
  if (national === undefined) return undefined;
  return {
    authority: national,
    role: 'local',
    reason: {
      de: 'Nach Art. 77 Abs. 1 DSGVO können Sie sich bei der Aufsichtsbehörde des Landes beschweren, in dem Sie wohnen.',
      en: 'Under Art. 77(1) GDPR you may complain to the authority of the country where you live.',
    },
  };
}

function leadReason(
  role: 'lead' | 'national-lead',
  controller: Controller,
  authority: Authority,
): LocalizedText {
  if (role === 'lead') {
    return {
      de: `${controller.name} hat seine EU-Hauptniederlassung im Land dieser Behörde; sie ist federführend (Art. 56 DSGVO). Sie können sich auch direkt dort beschweren.`,
      en: `${controller.name} has its main EU establishment in this authority's country; it is the lead authority (Art. 56 GDPR). You may also complain there directly.`,
    };
  }
  return {
    de: `${authority.shortName} ist in Deutschland federführend für ${controller.shortName}; Beschwerden an andere deutsche Behörden landen in der Regel dort.`,
    en: `${authority.shortName} leads on ${controller.shortName} in Germany; complaints to other German authorities usually end up there.`,
  };
}

function noticeFor(
  catalog: Catalog,
  country: string | undefined,
  region: string | undefined,
  local: AuthorityChoice | undefined,
): LocalizedText | undefined {
  if (country === undefined) {
    return {
      de: 'Sie haben nicht angegeben, wo Sie wohnen. Die Beschwerde geht deshalb an die federführende Behörde des Unternehmens. Besser ist meist die Behörde an Ihrem Wohnort: geben Sie Land (und in Deutschland das Bundesland) an.',
      en: "You did not say where you live, so the complaint goes to the company's lead authority. The authority where you live is usually better: give your country (and, in Germany, your Land).",
    };
  }
  if (country === 'DE' && region === undefined) {
    return {
      de: 'Für Deutschland fehlt das Bundesland (z. B. HH, BY). Ohne Bundesland geht die Beschwerde an die Behörde, die in Deutschland für das Unternehmen federführend ist.',
      en: 'For Germany the Land is missing (e.g. HH, BY). Without it the complaint goes to the authority that leads on the company in Germany.',
    };
  }
  if (local === undefined) {
    const known = catalog.authorities.some((a) => a.country === country);
    return known
      ? { de: `Das Bundesland „${region}“ ist unbekannt.`, en: `The Land "${region}" is unknown.` }
      : {
          de: `Für das Land „${country}“ ist keine Aufsichtsbehörde im Katalog (nur EU und EWR). Die Beschwerde geht an die federführende Behörde des Unternehmens.`,
          en: `No supervisory authority for "${country}" is in the catalog (EU and EEA only). The complaint goes to the company's lead authority.`,
        };
  }
  return undefined;
}

/** The reason text of a choice in one language. */
export function choiceReason(choice: AuthorityChoice, locale: AuthoredLocale): string {
  return choice.reason[locale];
}

/**
 * From 2 April 2027 (Regulation (EU) 2025/2518) an authority that receives a complaint about
 * cross-border processing sends it to the presumed lead authority within six weeks: said in
 * the reason of every choice that is not the lead authority itself.
 */
function withForwarding(choices: AuthorityChoice[]): void {
  const lead = choices.find((c) => c.role === 'lead')?.authority;
  if (lead === undefined) return;
  choices.forEach((choice, i) => {
    if (choice.role === 'lead' || choice.authority.country === lead.country) return;
    choices[i] = {
      ...choice,
      reason: {
        de: `${choice.reason.de} Seit dem 2. April 2027 leitet sie eine Beschwerde über grenzüberschreitende Verarbeitung binnen sechs Wochen an die federführende Behörde (${lead.shortName}) weiter (Verordnung (EU) 2025/2518).`,
        en: `${choice.reason.en} Since 2 April 2027 it sends a complaint about cross-border processing to the lead authority (${lead.shortName}) within six weeks (Regulation (EU) 2025/2518).`,
      },
    };
  });
}
