import { NEXT_ACTION_TEXT } from '../case/state.js';
import { formatPostalAddress } from '../util/address.js';
import { baseLetter } from './base.js';
import { accountLabel, type LetterContext, longDate, pick } from './context.js';
import { evidenceEnclosures, evidenceRows, timelineRows } from './evidence-list.js';
import type { Letter, LetterBlock } from './model.js';

/** Who can help, with public sources (information, not legal advice). */
const HELP = {
  de: [
    'Verbraucherzentralen beraten (oft gegen Entgelt), sammeln Beschwerden und führen Verbandsklagen; die Verbraucherzentrale NRW ist gegen Metas KI-Training vorgegangen. Quelle: https://www.verbraucherzentrale.de/aktuelle-meldungen/digitale-welt/meta-ai-bei-facebook-instagram-und-whatsapp-so-widersprechen-sie-95646',
    'Eine Rechtsschutzversicherung übernimmt Anwalts- und Gerichtskosten, wenn der Vertrag den Fall abdeckt; fragen Sie vor dem Auftrag an einen Anwalt nach einer Deckungszusage. Quelle: https://rechtsanwalt-krau.de/ich-moechte-schadensersatz-nach-der-datenschutz-grundverordnung-verlangen-bekomme-ich-dafuer-von-meiner-rechtsschutzversicherung-deckung/',
    'Beratungshilfe: Bei geringem Einkommen gibt es beim Amtsgericht einen Berechtigungsschein für anwaltliche Beratung; der Eigenanteil beträgt 15 Euro. Quelle: https://fp-anwaelte.de/gebuehren/46-beratungshilfe-und-prozesskostenhilfe.html',
    'noyb ist eine gemeinnützige Organisation nach Art. 80 DSGVO, die Beschwerden und Klagen im Auftrag Betroffener führen kann. Quelle: https://noyb.eu/en/verbraucherzentrale-nrw-requests-meta-cease-and-desist-ai-training-eu',
  ],
  en: [
    'Consumer centres (Verbraucherzentralen) give advice (often for a fee), collect complaints and bring collective actions; the NRW consumer centre took action against Meta’s AI training. Source: https://www.verbraucherzentrale.de/aktuelle-meldungen/digitale-welt/meta-ai-bei-facebook-instagram-und-whatsapp-so-widersprechen-sie-95646',
    'Legal expenses insurance pays lawyer and court costs if the policy covers the matter; ask for a cover confirmation before instructing a lawyer. Source: https://rechtsanwalt-krau.de/ich-moechte-schadensersatz-nach-der-datenschutz-grundverordnung-verlangen-bekomme-ich-dafuer-von-meiner-rechtsschutzversicherung-deckung/',
    'Beratungshilfe (state legal-advice aid in Germany): people on a low income can get a certificate from the local court (Amtsgericht) for a lawyer’s advice; they pay 15 euros. Source: https://fp-anwaelte.de/gebuehren/46-beratungshilfe-und-prozesskostenhilfe.html',
    'noyb is a non-profit under Art. 80 GDPR that can bring complaints and actions on behalf of data subjects. Source: https://noyb.eu/en/verbraucherzentrale-nrw-requests-meta-cease-and-desist-ai-training-eu',
  ],
} as const;

/** A dossier for a lawyer or a consumer centre: facts, timeline, evidence with SHA-256. */
export function dossierLetter(ctx: LetterContext): Letter {
  const l = ctx.locale;
  const controller = formatPostalAddress(ctx.controller.name, ctx.controller.address, l).join(', ');
  const evidence = evidenceRows(ctx);
  const due = ctx.summary.due;
  const body: LetterBlock[] = [
    { kind: 'heading', text: pick(l, 'Sachverhalt', 'Facts') },
    {
      kind: 'table',
      head: [pick(l, 'Punkt', 'Item'), pick(l, 'Angabe', 'Detail')],
      rows: [
        [pick(l, 'Betroffene Person', 'Data subject'), ctx.sender.name],
        [
          pick(l, 'Plattform und Konto', 'Platform and account'),
          `${ctx.platform.name}: ${accountLabel(ctx)}`,
        ],
        [pick(l, 'Verantwortlicher', 'Controller'), controller],
        [
          pick(l, 'Widerspruch (Art. 21 Abs. 1 DSGVO) am', 'Objection (Art. 21(1) GDPR) on'),
          ctx.summary.submittedOn === undefined
            ? pick(l, 'noch nicht abgeschickt', 'not sent yet')
            : longDate(ctx.summary.submittedOn, l),
        ],
        ...(due
          ? [
              [
                pick(l, 'Antwort fällig am', 'Answer due on'),
                `${longDate(due.date, l)} – ${due.rule.text[l]}`,
              ],
            ]
          : []),
        [pick(l, 'Nächster Schritt', 'Next step'), NEXT_ACTION_TEXT[ctx.summary.next][l]],
      ],
    },
    { kind: 'heading', text: pick(l, 'Verlauf', 'Timeline') },
    {
      kind: 'table',
      head: [pick(l, 'Datum', 'Date'), pick(l, 'Was geschah', 'What happened')],
      rows: timelineRows(ctx),
    },
  ];
  if (evidence.length > 0) {
    body.push(
      { kind: 'heading', text: pick(l, 'Nachweise', 'Evidence') },
      {
        kind: 'paragraph',
        text: pick(
          l,
          'Jede Datei ist an ihrer SHA-256-Prüfsumme erkennbar; so lässt sich zeigen, dass sie seit dem Speichern unverändert ist.',
          'Each file is identified by its SHA-256 checksum, which shows it is unchanged since it was kept.',
        ),
      },
      {
        kind: 'table',
        head: [pick(l, 'Datei', 'File'), pick(l, 'Datum', 'Date'), 'SHA-256'],
        rows: evidence,
      },
    );
  }
  body.push(
    {
      kind: 'heading',
      text: pick(
        l,
        'Wer helfen kann (Information, keine Rechtsberatung)',
        'Who can help (information, not legal advice)',
      ),
    },
    { kind: 'list', items: [...HELP[l]] },
  );
  return {
    ...baseLetter(ctx, {
      kind: 'dossier',
      recipient: {
        name: [pick(l, 'Unterlagen für eine Beratung', 'Documents for advice')],
        address: [],
      },
      subject: pick(
        l,
        `Dossier: Widerspruch gegen KI-Training bei ${ctx.platform.name} (${ctx.controller.name})`,
        `Dossier: objection to AI training at ${ctx.platform.name} (${ctx.controller.name})`,
      ),
      references: [{ label: pick(l, 'Konto', 'Account'), value: accountLabel(ctx) }],
      body,
      enclosures: evidenceEnclosures(ctx),
    }),
    salutation: '',
    closing: '',
  };
}
