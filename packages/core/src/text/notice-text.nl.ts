import { plural } from '../util/plural.js';
import type { NoticeText } from './notice-text.js';

/** Core's notices in Dutch. */
export const nl: NoticeText = {
  lawInFlux: {
    title: 'Recht in beweging',
    text: (last, checked) =>
      `De EU onderhandelt over een wijziging van de AVG voor het trainen van AI (de ‘digitale omnibus’). Volgens de laatste bron, van ${last}, was daarover nog niets besloten. Het huidige recht geldt: uw bezwaar berust op artikel 21, lid 1, AVG. Laatst gecontroleerd op ${checked}.`,
  },
  watch: {
    objectBefore: (p, on, n) =>
      `${p} wil vanaf ${on} AI trainen met gebruikersgegevens (over ${n} ${plural('nl', n, { one: 'dag', other: 'dagen' })}). Wie vóór die datum bezwaar maakt, houdt zijn bestaande inhoud buiten de eerste training.`,
    objectAgain: (p, objected, on, event) =>
      `${p} heeft zijn regels gewijzigd na uw bezwaar van ${objected} (${on}: ${event}). Controleer of uw bezwaar dit dekt en maak bij twijfel opnieuw bezwaar.`,
    stale: (verified, days) =>
      `Laatst gecontroleerd op ${verified}, meer dan ${days} dagen geleden – de gegevens kunnen verouderd zijn.`,
  },
  deadline: {
    counting:
      'berekend volgens artikel 3 van Verordening (EEG, Euratom) nr. 1182/71: een maand eindigt op de dag met hetzelfde nummer in de volgende maand, anders op de laatste dag van die maand; valt het einde op een zaterdag of zondag, dan eindigt de termijn op de eerstvolgende werkdag. Feestdagen worden niet meegerekend.',
    rule: {
      'art-12-3-one-month': (c) =>
        `Antwoord verwacht binnen een maand na ontvangst (artikel 12, lid 3, AVG), ${c}`,
      'art-12-3-extended': (c) =>
        `Het bedrijf heeft de termijn verlengd, met ten hoogste twee maanden, dus drie maanden na ontvangst (artikel 12, lid 3, tweede en derde zin, AVG), ${c}`,
      'art-78-2-three-months': (c) =>
        `De toezichthoudende autoriteit moet u binnen drie maanden informeren over de voortgang of de uitkomst van uw klacht; anders kunt u naar de rechter (artikel 78, lid 2, AVG), ${c}`,
      'reminder-two-weeks': () =>
        'Termijn uit uw herinnering: twee weken na verzending. Valt het einde op een zaterdag of zondag, dan geldt de eerstvolgende werkdag.',
    },
  },
  datedRule: {
    'gdpr-procedural-regulation':
      'Verordening (EU) 2025/2518 tot vaststelling van aanvullende procedureregels voor de handhaving van de AVG',
  },
  authority: {
    localLand: (land) =>
      `Uw deelstaat: ${land}. Volgens artikel 77, lid 1, AVG kunt u een klacht indienen bij de toezichthoudende autoriteit van uw woonplaats; in Duitsland is voor bedrijven de autoriteit van de deelstaat bevoegd. Die stuurt de klacht zo nodig door (§ 19, lid 2, BDSG).`,
    localCountry:
      'Volgens artikel 77, lid 1, AVG kunt u een klacht indienen bij de toezichthoudende autoriteit van het land waar u woont.',
    lead: (c) =>
      `${c} heeft zijn hoofdvestiging in de EU in het land van deze autoriteit; zij is de leidende toezichthoudende autoriteit (artikel 56 AVG). U kunt ook rechtstreeks daar een klacht indienen.`,
    nationalLead: (a, c) =>
      `${a} is in Duitsland de leidende autoriteit voor ${c}; klachten bij andere Duitse autoriteiten komen daar meestal terecht.`,
    noResidence:
      'U hebt niet aangegeven waar u woont; de klacht gaat daarom naar de leidende autoriteit van het bedrijf. Meestal is de autoriteit van uw woonplaats beter: geef uw land op (en in Duitsland uw deelstaat).',
    noLand:
      'Voor Duitsland ontbreekt de deelstaat (bijv. HH, BY). Zonder deelstaat gaat de klacht naar de autoriteit die in Duitsland leidend is voor het bedrijf.',
    unknownLand: (r) => `De deelstaat ‘${r}’ is onbekend.`,
    unknownCountry: (c) =>
      `Voor ‘${c}’ staat geen toezichthoudende autoriteit in de catalogus (alleen EU en EER). De klacht gaat naar de leidende autoriteit van het bedrijf.`,
    forwarding: (reason, lead) =>
      `${reason} Sinds 2 april 2027 stuurt zij een klacht over grensoverschrijdende verwerking binnen zes weken door naar de leidende autoriteit (${lead}) (Verordening (EU) 2025/2518).`,
  },
};
