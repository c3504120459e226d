import type { LocalizedText } from '@widerspruch/catalog';
import type { GuideSource } from '../guide/resolve.js';

// The general routes of the remedies page: what each is and its honest limits, with the
// public sources they rest on. Platform facts come from the platform's record instead.

const GDPR: GuideSource = {
  title: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  publisher: 'EUR-Lex',
};
const CONSUMER_CENTRES: GuideSource = {
  title: 'Verbraucherzentralen',
  url: 'https://bmuv.de/themen/verbraucherschutz/ratgeberstellen-und-institutionen/verbraucherzentralen',
  publisher: 'Bundesministerium für Umwelt und Verbraucherschutz',
};
const LEGAL_AID: GuideSource = {
  title: 'Beratungshilfe und Prozesskostenhilfe',
  url: 'https://fp-anwaelte.de/gebuehren/46-beratungshilfe-und-prozesskostenhilfe.html',
  publisher: 'FP Rechtsanwälte',
};
const INSURANCE: GuideSource = {
  title: 'Schadensersatz nach der DSGVO: Deckung durch die Rechtsschutzversicherung?',
  url: 'https://rechtsanwalt-krau.de/ich-moechte-schadensersatz-nach-der-datenschutz-grundverordnung-verlangen-bekomme-ich-dafuer-von-meiner-rechtsschutzversicherung-deckung/',
  publisher: 'Rechtsanwalt Krau',
};
const ZPO_78: GuideSource = {
  title: '§ 78 ZPO Anwaltsprozess',
  url: 'https://urteile-gesetze.de/gesetze/zpo/78',
};
const SCHLESWIG: GuideSource = {
  title: 'OLG Schleswig: Eilantrag gegen Meta-KI-Training mit Nutzerdaten',
  url: 'https://rsw.beck.de/aktuell/meldung/olg-schleswig-6uki325-eilantrag-meta-ki-nutzerdaten-training',
  publisher: 'beck-aktuell',
  published: '2025-08',
};

/** A general statement of the page with its sources. */
export interface PageFact {
  readonly text: LocalizedText;
  readonly sources: readonly GuideSource[];
  readonly uncertain?: LocalizedText;
}

/** The general text of each route; `{company}` and `{platform}` are filled in. */
export const ROUTE_TEXT = {
  visibility: {
    title: {
      de: 'Nicht mehr öffentlich posten',
      en: 'Stop posting publicly',
    },
    text: {
      de: 'Stellen Sie neue Beiträge nicht mehr öffentlich ein, und schränken Sie in den Einstellungen von {platform} ein, wer Ihre älteren Beiträge sehen kann.',
      en: "Stop posting publicly, and use {platform}'s own settings to limit who can see your older posts.",
    },
  },
  delete: {
    title: { de: 'Inhalte löschen', en: 'Delete content' },
    text: {
      de: 'Löschen Sie, was nicht mehr verwendet werden soll. Was Ihr Datenexport enthält, zeigt Ihnen „Export prüfen“, ohne dass Ihre Daten das Gerät verlassen.',
      en: 'Delete what should no longer be used. "Check export" shows what your data export holds, without your data leaving the device.',
    },
  },
  complaint: {
    title: {
      de: 'Beschwerde bei der Datenschutzaufsicht',
      en: 'Complain to the data protection authority',
    },
    text: {
      de: 'Die Beschwerde ist kostenlos (Art. 77 DSGVO). Die App schreibt sie aus Ihrem Fall, mit Verlauf und Nachweisen: unter „Meine Widersprüche“ im Fall.',
      en: 'A complaint costs nothing (Art. 77 GDPR). The app writes it from your case, with the history and evidence: under "My objections", in the case.',
    },
  },
  advice: {
    title: {
      de: 'Verbraucherzentrale oder Anwalt',
      en: 'Consumer centre or lawyer',
    },
    text: {
      de: 'Für eine Beratung stellt die App aus Ihrem Fall eine Übersicht zusammen (Verlauf, Schreiben, Nachweise); Sie finden sie im Fall unter „Meine Widersprüche“.',
      en: 'For advice, the app puts together an overview of your case (history, letters, evidence); you find it in the case under "My objections".',
    },
  },
  injunction: {
    title: {
      de: 'Gerichtliches Verbot (einstweilige Verfügung)',
      en: 'A court injunction',
    },
    text: {
      de: 'Ein Gericht kann {company} in einem Eilverfahren vorläufig verbieten, Ihre Daten zu nutzen, bis in der Hauptsache entschieden ist. Das Verbot gilt nur für den, der es beantragt.',
      en: 'In urgent proceedings a court can provisionally bar {company} from using your data until the main case is decided. The ban protects only the person who applied for it.',
    },
  },
  collective: {
    title: {
      de: 'Einer Sammelklage anschließen',
      en: 'Join a collective action',
    },
    text: {
      de: 'Bei einer Sammelklage klagt ein Verband für viele auf Schadensersatz; Sie melden sich an und müssen nicht selbst klagen.',
      en: 'In a collective action an association claims damages for many people; you register and need not sue yourself.',
    },
    none: {
      de: 'Zu {platform} kennen wir keine Sammelklage zum KI-Training.',
      en: 'We know of no collective action over AI training for {platform}.',
    },
  },
} as const;

/** Limits and facts of the general routes. */
export const ROUTE_FACTS: Record<'complaint' | 'advice' | 'injunction', readonly PageFact[]> = {
  complaint: [
    {
      text: {
        de: 'Die Behörde prüft und kann das Unternehmen anweisen, Ihrem Widerspruch nachzukommen (Art. 58 Abs. 2 DSGVO); Geld spricht sie Ihnen nicht zu, und sie entscheidet oft erst nach Monaten.',
        en: 'The authority examines the matter and can order the company to comply with your objection (Art. 58(2) GDPR); it awards you no money, and it often takes months.',
      },
      sources: [GDPR],
      uncertain: {
        de: 'Wie lange Behörden brauchen, ist nicht belegt und ist von Fall zu Fall verschieden.',
        en: 'How long authorities take is not sourced and differs from case to case.',
      },
    },
  ],
  advice: [
    {
      text: {
        de: 'Verbraucherzentralen beraten, die persönliche Beratung kostet oft eine Gebühr.',
        en: 'Consumer centres give advice; personal advice often costs a fee.',
      },
      sources: [CONSUMER_CENTRES],
    },
    {
      text: {
        de: 'Bei geringem Einkommen gibt es Beratungshilfe: ein Berechtigungsschein vom Amtsgericht; beim Anwalt zahlen Sie dann 15 €.',
        en: 'On a low income there is legal advice aid (Beratungshilfe): a certificate from the local court; you then pay the lawyer €15.',
      },
      sources: [LEGAL_AID],
    },
    {
      text: {
        de: 'Eine Rechtsschutzversicherung kann Anwalts- und Gerichtskosten tragen; fragen Sie vorher, ob sie den Fall übernimmt (Deckungszusage).',
        en: 'Legal expenses insurance may pay lawyer and court costs; ask first whether it covers the case.',
      },
      sources: [INSURANCE],
    },
  ],
  injunction: [
    {
      text: {
        de: 'Es muss eilig sein: Wer nach einer Ankündigung zu lange wartet, wird abgewiesen. So lehnte das Oberlandesgericht Schleswig einen Antrag gegen Metas KI-Training als zu spät ab.',
        en: "It must be urgent: whoever waits too long after an announcement is turned away. That is why the Higher Regional Court of Schleswig rejected an application against Meta's AI training as too late.",
      },
      sources: [SCHLESWIG],
    },
    {
      text: {
        de: 'In Deutschland brauchen Sie dafür vor dem Landgericht und dem Oberlandesgericht einen Anwalt.',
        en: 'In Germany you need a lawyer for this at the Regional Court and the Higher Regional Court.',
      },
      sources: [ZPO_78],
    },
    {
      text: {
        de: 'Es kostet Anwalts- und Gerichtsgebühren; wer verliert, trägt die Kosten. Eine Rechtsschutzversicherung oder Prozesskostenhilfe kann sie übernehmen.',
        en: 'It costs lawyer and court fees; the losing side pays the costs. Legal expenses insurance or legal aid may cover them.',
      },
      sources: [LEGAL_AID, INSURANCE],
      uncertain: {
        de: 'Wie hoch die Kosten sind, hängt vom Streitwert ab; die Quellen nennen dafür keine Beträge.',
        en: 'How high the costs are depends on the value in dispute; the sources give no amounts.',
      },
    },
  ],
};
