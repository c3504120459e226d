import { plural } from '../util/plural.js';
import type { NoticeText } from './notice-text.js';

/** Core's notices in German. */
export const de: NoticeText = {
  lawInFlux: {
    title: 'Recht im Wandel',
    text: (last, checked) =>
      `Die EU verhandelt darüber, die DSGVO für das Training von KI zu ändern („Digital Omnibus“). Nach der letzten Quelle vom ${last} war darüber noch nicht entschieden. Es gilt das heutige Recht: Ihr Widerspruch stützt sich auf Art. 21 Abs. 1 DSGVO. Zuletzt geprüft am ${checked}.`,
  },
  watch: {
    objectBefore: (p, on, n) =>
      `${p} will ab dem ${on} mit Nutzerdaten trainieren (in ${n} ${plural('de', n, { one: 'Tag', other: 'Tagen' })}). Wer vorher widerspricht, hält seine bisherigen Inhalte aus dem ersten Training heraus.`,
    objectAgain: (p, objected, on, event) =>
      `${p} hat seine Regeln nach Ihrem Widerspruch vom ${objected} geändert (${on}: ${event}). Prüfen Sie, ob Ihr Widerspruch das abdeckt, und widersprechen Sie im Zweifel erneut.`,
    stale: (verified, days) =>
      `Zuletzt geprüft am ${verified}, vor mehr als ${days} Tagen – die Angaben können veraltet sein.`,
  },
  deadline: {
    counting:
      'gezählt nach Art. 3 der Verordnung (EWG, Euratom) Nr. 1182/71: Ein Monat endet am Tag mit derselben Zahl im Folgemonat, sonst am Monatsletzten; fällt das Ende auf einen Samstag oder Sonntag, endet die Frist am nächsten Werktag. Feiertage sind nicht berücksichtigt.',
    rule: {
      'art-12-3-one-month': (c) =>
        `Antwort fällig einen Monat nach Eingang (Art. 12 Abs. 3 DSGVO), ${c}`,
      'art-12-3-extended': (c) =>
        `Das Unternehmen hat die Frist verlängert; höchstens um zwei weitere Monate, also drei Monate nach Eingang (Art. 12 Abs. 3 Satz 2 und 3 DSGVO), ${c}`,
      'art-78-2-three-months': (c) =>
        `Die Aufsichtsbehörde muss Sie innerhalb von drei Monaten über den Stand oder das Ergebnis Ihrer Beschwerde unterrichten; sonst steht Ihnen der Rechtsweg offen (Art. 78 Abs. 2 DSGVO), ${c}`,
      'reminder-two-weeks': () =>
        'Frist aus Ihrem Erinnerungsschreiben: zwei Wochen nach dem Versand. Fällt das Ende auf einen Samstag oder Sonntag, gilt der nächste Werktag.',
    },
  },
  datedRule: {
    'gdpr-procedural-regulation':
      'Verordnung (EU) 2025/2518 mit zusätzlichen Verfahrensregeln zur DSGVO',
  },
  authority: {
    localLand: (land) =>
      `Sie wohnen in ${land}. Nach Art. 77 Abs. 1 DSGVO können Sie sich bei der Aufsichtsbehörde Ihres Wohnorts beschweren; in Deutschland ist für Unternehmen die Behörde des Landes zuständig. Sie leitet die Beschwerde bei Bedarf weiter (§ 19 Abs. 2 BDSG).`,
    localCountry:
      'Nach Art. 77 Abs. 1 DSGVO können Sie sich bei der Aufsichtsbehörde des Landes beschweren, in dem Sie wohnen.',
    lead: (c) =>
      `${c} hat seine EU-Hauptniederlassung im Land dieser Behörde; sie ist federführend (Art. 56 DSGVO). Sie können sich auch direkt dort beschweren.`,
    nationalLead: (a, c) =>
      `${a} ist in Deutschland federführend für ${c}; Beschwerden an andere deutsche Behörden landen in der Regel dort.`,
    noResidence:
      'Sie haben nicht angegeben, wo Sie wohnen. Die Beschwerde geht deshalb an die federführende Behörde des Unternehmens. Besser ist meist die Behörde an Ihrem Wohnort: geben Sie Land (und in Deutschland das Bundesland) an.',
    noLand:
      'Für Deutschland fehlt das Bundesland (z. B. HH, BY). Ohne Bundesland geht die Beschwerde an die Behörde, die in Deutschland für das Unternehmen federführend ist.',
    unknownLand: (r) => `Das Bundesland „${r}“ ist unbekannt.`,
    unknownCountry: (c) =>
      `Für das Land „${c}“ ist keine Aufsichtsbehörde im Katalog (nur EU und EWR). Die Beschwerde geht an die federführende Behörde des Unternehmens.`,
    forwarding: (reason, lead) =>
      `${reason} Seit dem 2. April 2027 leitet sie eine Beschwerde über grenzüberschreitende Verarbeitung binnen sechs Wochen an die federführende Behörde (${lead}) weiter (Verordnung (EU) 2025/2518).`,
  },
};
