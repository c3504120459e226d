import type { Locale } from '@widerspruch/catalog';
import type { GuideSource } from '../guide/resolve.js';
import { de } from './page-text.de.js';
import { en } from './page-text.en.js';
import { es } from './page-text.es.js';
import { fr } from './page-text.fr.js';
import { it } from './page-text.it.js';
import { nl } from './page-text.nl.js';
import { pl } from './page-text.pl.js';
import type { RemedyRouteId } from './remedy-page.js';

// The general routes of the remedies page: what each is and its honest limits, with the
// public sources they rest on. Platform facts come from the platform's record instead.

const GDPR: GuideSource = {
  id: 'gdpr',
  title: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  publisher: 'EUR-Lex',
};
const CONSUMER_CENTRES: GuideSource = {
  id: 'consumer-centres',
  title: 'Verbraucherzentralen',
  url: 'https://bmuv.de/themen/verbraucherschutz/ratgeberstellen-und-institutionen/verbraucherzentralen',
  publisher: 'Bundesministerium für Umwelt und Verbraucherschutz',
};
const LEGAL_AID: GuideSource = {
  id: 'legal-aid',
  title: 'Beratungshilfe und Prozesskostenhilfe',
  url: 'https://fp-anwaelte.de/gebuehren/46-beratungshilfe-und-prozesskostenhilfe.html',
  publisher: 'FP Rechtsanwälte',
};
const INSURANCE: GuideSource = {
  id: 'insurance',
  title: 'Schadensersatz nach der DSGVO: Deckung durch die Rechtsschutzversicherung?',
  url: 'https://rechtsanwalt-krau.de/ich-moechte-schadensersatz-nach-der-datenschutz-grundverordnung-verlangen-bekomme-ich-dafuer-von-meiner-rechtsschutzversicherung-deckung/',
  publisher: 'Rechtsanwalt Krau',
};
const ZPO_78: GuideSource = {
  id: 'zpo-78',
  title: '§ 78 ZPO Anwaltsprozess',
  url: 'https://urteile-gesetze.de/gesetze/zpo/78',
};
const SCHLESWIG: GuideSource = {
  id: 'olg-schleswig',
  title: 'OLG Schleswig: Eilantrag gegen Meta-KI-Training mit Nutzerdaten',
  url: 'https://rsw.beck.de/aktuell/meldung/olg-schleswig-6uki325-eilantrag-meta-ki-nutzerdaten-training',
  publisher: 'beck-aktuell',
  published: '2025-08',
};

/** The general statements of the page, each worded per language. */
export type PageFactId =
  | 'authority-powers'
  | 'consumer-centres'
  | 'legal-aid'
  | 'insurance'
  | 'urgency'
  | 'lawyer-required'
  | 'costs';

/** Why a general statement is not settled. */
export type PageDoubtId = 'authority-duration' | 'injunction-costs';

/** A general statement of the page with its sources. */
export interface PageFact {
  readonly id: PageFactId;
  readonly sources: readonly GuideSource[];
  readonly uncertain?: PageDoubtId;
}

/** The remedies page's own wording in one language; platform facts come from the catalog. */
export interface RemedyPageText {
  readonly route: Readonly<
    Record<
      RemedyRouteId,
      { readonly title: string; readonly text: (company: string, platform: string) => string }
    >
  >;
  /** Said under the collective route when no collective action over AI training is known. */
  readonly collectiveNone: (platform: string) => string;
  readonly fact: Readonly<Record<PageFactId, string>>;
  readonly doubt: Readonly<Record<PageDoubtId, string>>;
  readonly leadAuthority: (company: string, authority: string) => string;
  /** From 2 April 2027 (Regulation (EU) 2025/2518). */
  readonly procedural: string;
  /** A way to join that costs nothing. */
  readonly free: string;
}

// All languages in one table: the remedies page is a chunk of its own in the web app, loaded
// when it opens, so its wording does not weigh on the first load.
const PAGE_TEXT: Readonly<Record<Locale, RemedyPageText>> = { de, en, fr, es, it, nl, pl };

/** The remedies page's wording for a language. */
export function remedyPageText(locale: Locale): RemedyPageText {
  return PAGE_TEXT[locale];
}

/** Limits and facts of the general routes. */
export const ROUTE_FACTS: Record<'complaint' | 'advice' | 'injunction', readonly PageFact[]> = {
  complaint: [{ id: 'authority-powers', sources: [GDPR], uncertain: 'authority-duration' }],
  advice: [
    { id: 'consumer-centres', sources: [CONSUMER_CENTRES] },
    { id: 'legal-aid', sources: [LEGAL_AID] },
    { id: 'insurance', sources: [INSURANCE] },
  ],
  injunction: [
    { id: 'urgency', sources: [SCHLESWIG] },
    { id: 'lawyer-required', sources: [ZPO_78] },
    { id: 'costs', sources: [LEGAL_AID, INSURANCE], uncertain: 'injunction-costs' },
  ],
};
