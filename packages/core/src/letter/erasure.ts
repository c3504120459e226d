import { addMonthsPeriod } from '../deadline/rules.js';
import { baseLetter } from './base.js';
import {
  accountLabel,
  controllerParty,
  type LetterContext,
  longDate,
  objectionDate,
  pick,
} from './context.js';
import type { Letter } from './model.js';

/** An erasure request under Art. 17(1)(c) GDPR after an objection, with restriction meanwhile. */
export function erasureLetter(ctx: LetterContext): Letter {
  const l = ctx.locale;
  const sent = longDate(objectionDate(ctx), l);
  const due = longDate(addMonthsPeriod(ctx.today, 1), l);
  return baseLetter(ctx, {
    kind: 'erasure',
    recipient: controllerParty(ctx.controller, l),
    subject: pick(
      l,
      `Antrag auf Löschung gemäß Art. 17 Abs. 1 lit. c DSGVO – Konto ${accountLabel(ctx)}`,
      `Request for erasure under Art. 17(1)(c) GDPR – account ${accountLabel(ctx)}`,
    ),
    references: [{ label: pick(l, 'Konto', 'Account'), value: accountLabel(ctx) }],
    body: [
      {
        kind: 'paragraph',
        text: pick(
          l,
          `am ${sent} habe ich der Verarbeitung meiner personenbezogenen Daten für die Entwicklung und das Training von KI-Modellen gemäß Art. 21 Abs. 1 DSGVO widersprochen. Zwingende schutzwürdige Gründe, die meine Interessen überwiegen, haben Sie nicht nachgewiesen.`,
          `On ${sent} I objected under Art. 21(1) GDPR to the processing of my personal data for developing and training AI models. You have not demonstrated compelling legitimate grounds that override my interests.`,
        ),
      },
      {
        kind: 'paragraph',
        text: pick(l, 'Ich verlange daher,', 'I therefore request that you'),
      },
      {
        kind: 'list',
        items:
          l === 'de'
            ? [
                'die Löschung meiner personenbezogenen Daten, die Sie für diese Zwecke verarbeiten, insbesondere in Trainingsdatensätzen (Art. 17 Abs. 1 lit. c DSGVO),',
                'bis dahin die Einschränkung der Verarbeitung (Art. 18 Abs. 1 lit. d DSGVO),',
                'soweit Sie die Daten öffentlich gemacht haben, die Unterrichtung anderer Verantwortlicher (Art. 17 Abs. 2 DSGVO), und',
                'die Unterrichtung aller Empfänger sowie eine Liste dieser Empfänger (Art. 19 DSGVO).',
              ]
            : [
                'erase my personal data that you process for these purposes, in particular in training datasets (Art. 17(1)(c) GDPR),',
                'restrict the processing until then (Art. 18(1)(d) GDPR),',
                'where you made the data public, inform other controllers (Art. 17(2) GDPR), and',
                'inform every recipient and give me a list of these recipients (Art. 19 GDPR).',
              ],
      },
      {
        kind: 'paragraph',
        text: pick(
          l,
          `Sollten Sie einzelne Daten aufgrund gesetzlicher Aufbewahrungspflichten nicht löschen können, schränken Sie bitte deren Verarbeitung ein und löschen Sie sie nach Ablauf der Frist. Eine Ablehnung begründen Sie bitte. Bitte bestätigen Sie mir die Löschung innerhalb eines Monats nach Eingang (Art. 12 Abs. 3 DSGVO), also bis zum ${due}. Andernfalls behalte ich mir eine Beschwerde bei der zuständigen Aufsichtsbehörde (Art. 77 DSGVO) und weitere rechtliche Schritte vor.`,
          `If statutory retention duties prevent you from erasing some data, please restrict its processing and erase it when the period ends. Please give reasons for any refusal. Please confirm the erasure within one month of receipt (Art. 12(3) GDPR), that is by ${due}. Otherwise I reserve the right to complain to the competent authority (Art. 77 GDPR) and to take further legal steps.`,
        ),
      },
    ],
  });
}
