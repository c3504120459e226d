import type { Authority, Catalog, Controller, Locale } from '@widerspruch/catalog';
import { findAuthority } from '@widerspruch/catalog';
import { GDPR_PROCEDURAL_REGULATION, ruleApplies } from '../law/dated-rules.js';
import { inEveryLocale } from '../text/notice-text.js';

type Text = Readonly<Record<Locale, string>>;

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
  readonly reason: Text;
}

/** The authorities a complaint can go to, the recommended one first. */
export interface AuthorityFinding {
  readonly recommended?: AuthorityChoice;
  readonly choices: readonly AuthorityChoice[];
  /** Said when the residence was not given or not understood. */
  readonly notice?: Text;
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
      reason: inEveryLocale((t) => t.authority.localLand(LAND_NAMES[region] ?? region)),
    };
  }
  const national = catalog.authorities.find((a) => a.level === 'national' && a.country === country);
  if (national === undefined) return undefined;
  return {
    authority: national,
    role: 'local',
    reason: inEveryLocale((t) => t.authority.localCountry),
  };
}

function leadReason(
  role: 'lead' | 'national-lead',
  controller: Controller,
  authority: Authority,
): Text {
  if (role === 'lead') return inEveryLocale((t) => t.authority.lead(controller.name));
  return inEveryLocale((t) => t.authority.nationalLead(authority.shortName, controller.shortName));
}

function noticeFor(
  catalog: Catalog,
  country: string | undefined,
  region: string | undefined,
  local: AuthorityChoice | undefined,
): Text | undefined {
  if (country === undefined) return inEveryLocale((t) => t.authority.noResidence);
  if (country === 'DE' && region === undefined) {
    return inEveryLocale((t) => t.authority.noLand);
  }
  if (local === undefined) {
    const known = catalog.authorities.some((a) => a.country === country);
    return known
      ? inEveryLocale((t) => t.authority.unknownLand(region ?? ''))
      : inEveryLocale((t) => t.authority.unknownCountry(country));
  }
  return undefined;
}

/** The reason text of a choice in one language. */
export function choiceReason(choice: AuthorityChoice, locale: Locale): string {
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
      reason: inEveryLocale((t, locale) =>
        t.authority.forwarding(choice.reason[locale], lead.shortName),
      ),
    };
  });
}
