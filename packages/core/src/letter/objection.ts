import { identityRequestedOn } from '../case/state.js';
import { addMonthsPeriod } from '../deadline/rules.js';
import { objectionTemplate } from '../objection/compose.js';
import {
  accountLabel,
  controllerParty,
  type LetterContext,
  longDate,
  pick,
  senderParty,
} from './context.js';
import type { Letter, LetterBlock } from './model.js';

/** An objection under Art. 21(1) GDPR to the use of one's data for AI, as a letter. */
export function objectionLetter(ctx: LetterContext): Letter {
  const { locale } = ctx;
  const company = ctx.controller.shortName;
  const due = addMonthsPeriod(ctx.today, 1);
  const grounds = (ctx.grounds ?? []).map((g) => objectionTemplate(locale).grounds[g]);
  const note = ctx.note?.trim();
  const body: LetterBlock[] = [
    {
      kind: 'paragraph',
      text: pick(
        locale,
        `hiermit widerspreche ich gemäß Art. 21 Abs. 1 DSGVO der Verarbeitung meiner personenbezogenen Daten durch ${ctx.controller.name} für die Entwicklung, das Training, die Feinabstimmung und die Bewertung von KI-Modellen (KI bei ${company}). Das betrifft mein Konto bei ${ctx.platform.name} (${accountLabel(ctx)}) und alle Dienste, für die ${ctx.controller.name} verantwortlich ist.`,
        `I hereby object under Art. 21(1) GDPR to the processing of my personal data by ${ctx.controller.name} for developing, training, fine-tuning and evaluating AI models (AI at ${company}). This concerns my ${ctx.platform.name} account (${accountLabel(ctx)}) and all services for which ${ctx.controller.name} is responsible.`,
      ),
    },
  ];
  // The answer to a request for proof of identity: the details the company already holds.
  const idRequest = identityRequestedOn(ctx.case, ctx.summary);
  if (idRequest) {
    body.push({
      kind: 'paragraph',
      text: pick(
        locale,
        `Mit Ihrer Antwort vom ${longDate(idRequest, locale)} haben Sie einen Nachweis meiner Identität verlangt. Zu meiner Identifizierung verweise ich auf die Angaben, die Ihnen bereits vorliegen: mein Konto bei ${ctx.platform.name} (${accountLabel(ctx)}). Zusätzliche Informationen dürfen Sie nur anfordern, wenn Sie begründete Zweifel an meiner Identität haben (Art. 12 Abs. 6 DSGVO); falls Sie solche Zweifel haben, nennen Sie sie mir bitte. Die Bearbeitung meines Widerspruchs dürfen Sie nur verweigern, wenn Sie glaubhaft machen, dass Sie mich nicht identifizieren können (Art. 12 Abs. 2 DSGVO).`,
        `In your answer of ${longDate(idRequest, locale)} you asked for proof of my identity. To identify me, I refer to the details you already hold: my ${ctx.platform.name} account (${accountLabel(ctx)}). You may request additional information only where you have reasonable doubts about my identity (Art. 12(6) GDPR); if so, please tell me what they are. You may refuse to act on my objection only if you demonstrate that you are not in a position to identify me (Art. 12(2) GDPR).`,
      ),
    });
  }
  if (grounds.length > 0 || note) {
    body.push({ kind: 'paragraph', text: objectionTemplate(locale).groundsIntro });
    if (grounds.length > 0) body.push({ kind: 'list', items: grounds });
    if (note) body.push({ kind: 'paragraph', text: note });
  }
  body.push(
    {
      kind: 'paragraph',
      text: pick(locale, 'Ich fordere Sie auf,', 'I ask you to'),
    },
    {
      kind: 'list',
      items:
        locale === 'de'
          ? [
              'meine Daten nicht mehr für diese Zwecke zu verarbeiten und sie von künftigen Trainingsdatensätzen auszuschließen,',
              'die Verarbeitung einzuschränken, solange Sie prüfen, ob Ihre Gründe überwiegen (Art. 18 Abs. 1 lit. d DSGVO),',
              'Kopien meiner Daten in Trainingsdatensätzen zu löschen (Art. 17 Abs. 1 lit. c DSGVO) und',
              'alle Empfänger zu unterrichten, denen Sie meine Daten für diese Zwecke offengelegt haben (Art. 19 DSGVO).',
            ]
          : [
              'stop processing my data for these purposes and exclude it from future training datasets,',
              'restrict the processing while you assess whether your grounds override mine (Art. 18(1)(d) GDPR),',
              'erase copies of my data held in training datasets (Art. 17(1)(c) GDPR), and',
              'inform every recipient to whom you disclosed my data for these purposes (Art. 19 GDPR).',
            ],
    },
    {
      kind: 'paragraph',
      text: pick(
        locale,
        `Bitte bestätigen Sie mir unverzüglich, spätestens innerhalb eines Monats nach Eingang (Art. 12 Abs. 3 DSGVO), also bis zum ${longDate(due, locale)}, dass Sie meinem Widerspruch nachkommen. Andernfalls behalte ich mir eine Beschwerde bei der zuständigen Datenschutzaufsichtsbehörde (Art. 77 DSGVO) und weitere rechtliche Schritte vor.`,
        `Please confirm without undue delay, and at the latest within one month of receipt (Art. 12(3) GDPR), that is by ${longDate(due, locale)}, that you comply with my objection. Otherwise I reserve the right to complain to the competent data protection authority (Art. 77 GDPR) and to take further legal steps.`,
      ),
    },
  );
  return {
    kind: 'objection',
    locale,
    sender: senderParty(ctx.sender),
    recipient: controllerParty(ctx.controller, locale),
    date: ctx.today,
    subject: pick(
      locale,
      `Widerspruch gemäß Art. 21 Abs. 1 DSGVO gegen die Nutzung meiner Daten für KI – Konto ${accountLabel(ctx)}`,
      `Objection under Art. 21(1) GDPR to the use of my data for AI – account ${accountLabel(ctx)}`,
    ),
    references: [{ label: pick(locale, 'Konto', 'Account'), value: accountLabel(ctx) }],
    salutation: pick(locale, 'Sehr geehrte Damen und Herren,', 'Dear Sir or Madam,'),
    body,
    closing: pick(locale, 'Mit freundlichen Grüßen', 'Yours faithfully'),
    signature: ctx.sender.name,
    enclosures: [],
  };
}
