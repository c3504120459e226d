import { summarizeCase } from '../case/state.js';
import { GDPR_PROCEDURAL_REGULATION, ruleApplies } from '../law/dated-rules.js';
import { formatPostalAddress } from '../util/address.js';
import { baseLetter } from './base.js';
import {
  accountLabel,
  authorityParty,
  type LetterContext,
  longDate,
  objectionDate,
  objectionDue,
  pick,
} from './context.js';
import { evidenceEnclosures, evidenceRows, timelineRows } from './evidence-list.js';
import type { Letter, LetterBlock } from './model.js';
import { withoutComplaints } from './preconditions.js';

/** What went wrong, in the complaint's words, derived from the case state. */
function infringement(ctx: LetterContext): { text: string; articles: string } {
  const l = ctx.locale;
  const dueDate = objectionDue(ctx)?.date;
  const due = dueDate === undefined ? undefined : longDate(dueDate, l);
  // Written again after the complaint was recorded: say what led to it.
  const state =
    ctx.summary.state === 'complained'
      ? summarizeCase(withoutComplaints(ctx.case), ctx.today).state
      : ctx.summary.state;
  switch (state) {
    case 'rejected':
      return {
        text: pick(
          l,
          'Der Verantwortliche hat meinen Widerspruch abgelehnt, ohne zwingende schutzwürdige Gründe für die Verarbeitung nachzuweisen, die meine Interessen, Rechte und Freiheiten überwiegen.',
          'The controller rejected my objection without demonstrating compelling legitimate grounds for the processing that override my interests, rights and freedoms.',
        ),
        articles: pick(
          l,
          'Art. 21 Abs. 1 DSGVO, Art. 12 Abs. 4 DSGVO',
          'Art. 21(1) GDPR, Art. 12(4) GDPR',
        ),
      };
    case 'asks-for-id':
      return {
        text: pick(
          l,
          'Der Verantwortliche macht die Bearbeitung meines Widerspruchs von einem Identitätsnachweis abhängig, obwohl ihm mein Konto bekannt ist. Zusätzliche Informationen darf er nur bei begründeten Zweifeln an meiner Identität anfordern.',
          'The controller makes acting on my objection conditional on proof of identity, although it knows my account. It may request additional information only where it has reasonable doubts about my identity.',
        ),
        articles: pick(
          l,
          'Art. 12 Abs. 2 und 6 sowie Art. 21 Abs. 1 DSGVO',
          'Art. 12(2) and (6) and Art. 21(1) GDPR',
        ),
      };
    case 'asks-for-reason':
    case 'answered':
      return {
        text: pick(
          l,
          'Der Verantwortliche hat auf meinen Widerspruch nicht ausreichend reagiert.',
          'The controller has not responded adequately to my objection.',
        ),
        articles: pick(
          l,
          'Art. 12 Abs. 3 und 4 DSGVO, Art. 21 Abs. 1 DSGVO',
          'Art. 12(3) and (4) GDPR, Art. 21(1) GDPR',
        ),
      };
    default:
      return {
        text: due
          ? pick(
              l,
              `Der Verantwortliche hat bis heute nicht geantwortet, obwohl die Frist nach Art. 12 Abs. 3 DSGVO am ${due} abgelaufen ist.`,
              `The controller has not answered to this day, although the period under Art. 12(3) GDPR expired on ${due}.`,
            )
          : pick(
              l,
              'Der Verantwortliche hat bis heute nicht geantwortet.',
              'The controller has not answered to this day.',
            ),
        articles: pick(
          l,
          'Art. 12 Abs. 3 und 4 DSGVO, Art. 21 Abs. 1 DSGVO',
          'Art. 12(3) and (4) GDPR, Art. 21(1) GDPR',
        ),
      };
  }
}

/** A complaint to a supervisory authority under Art. 77 GDPR, listing the correspondence. */
export function complaintLetter(ctx: LetterContext): Letter {
  const l = ctx.locale;
  const authority = ctx.authority?.record;
  if (authority === undefined) throw new Error('a complaint needs an authority');
  const controller = formatPostalAddress(ctx.controller.name, ctx.controller.address, l).join(', ');
  const wrong = infringement(ctx);
  const timeline = timelineRows(ctx);
  const evidence = evidenceRows(ctx);
  const body: LetterBlock[] = [
    {
      kind: 'paragraph',
      text: pick(
        l,
        `hiermit beschwere ich mich gemäß Art. 77 DSGVO über ${controller}.`,
        `I hereby lodge a complaint under Art. 77 GDPR about ${controller}.`,
      ),
    },
    {
      kind: 'paragraph',
      text: pick(
        l,
        `Am ${longDate(objectionDate(ctx), l)} habe ich der Verarbeitung meiner personenbezogenen Daten für die Entwicklung und das Training von KI-Modellen gemäß Art. 21 Abs. 1 DSGVO widersprochen (Konto bei ${ctx.platform.name}: ${accountLabel(ctx)}). ${wrong.text}`,
        `On ${longDate(objectionDate(ctx), l)} I objected under Art. 21(1) GDPR to the processing of my personal data for developing and training AI models (${ctx.platform.name} account: ${accountLabel(ctx)}). ${wrong.text}`,
      ),
    },
    ...priorRequest(ctx, evidence.length),
    {
      kind: 'paragraph',
      text: pick(
        l,
        `Ich sehe darin einen Verstoß gegen ${wrong.articles}.`,
        `I consider this an infringement of ${wrong.articles}.`,
      ),
    },
    { kind: 'heading', text: pick(l, 'Verlauf', 'Correspondence') },
    {
      kind: 'table',
      head: [pick(l, 'Datum', 'Date'), pick(l, 'Was geschah', 'What happened')],
      rows: timeline,
    },
  ];
  if (evidence.length > 0) {
    body.push(
      { kind: 'heading', text: pick(l, 'Nachweise (Anlagen)', 'Evidence (enclosed)') },
      {
        kind: 'table',
        head: [pick(l, 'Datei', 'File'), pick(l, 'Datum', 'Date'), 'SHA-256'],
        rows: evidence,
      },
    );
  }
  const lead = ctx.leadAuthority;
  if (lead !== undefined && lead.id !== authority.id) {
    body.push({
      kind: 'paragraph',
      text: ruleApplies(GDPR_PROCEDURAL_REGULATION, ctx.today)
        ? pick(
            l,
            `Die Verarbeitung ist grenzüberschreitend; federführend ist voraussichtlich die Aufsichtsbehörde ${lead.title.de} (Art. 56 DSGVO). Ich bitte Sie, meine Beschwerde nach der Verordnung (EU) 2025/2518 an sie weiterzuleiten und mich über den Fortgang zu unterrichten (Art. 77 Abs. 2 DSGVO).`,
            `The processing is cross-border; the lead supervisory authority is presumably ${lead.title.en} (Art. 56 GDPR). Please transmit my complaint to it under Regulation (EU) 2025/2518 and keep me informed of its progress (Art. 77(2) GDPR).`,
          )
        : pick(
            l,
            `Die Verarbeitung ist grenzüberschreitend; federführend ist voraussichtlich die Aufsichtsbehörde ${lead.title.de} (Art. 56 DSGVO). Ich bitte Sie, meine Beschwerde entsprechend weiterzuleiten und mich über den Fortgang zu unterrichten (Art. 77 Abs. 2 DSGVO).`,
            `The processing is cross-border; the lead supervisory authority is presumably ${lead.title.en} (Art. 56 GDPR). Please forward my complaint accordingly and keep me informed of its progress (Art. 77(2) GDPR).`,
          ),
    });
  }
  body.push({
    kind: 'paragraph',
    text: pick(
      l,
      'Ich bitte Sie, den Sachverhalt zu prüfen und den Verantwortlichen anzuweisen, meinem Widerspruch nachzukommen (Art. 58 Abs. 2 lit. c DSGVO).',
      'Please examine the matter and order the controller to comply with my objection (Art. 58(2)(c) GDPR).',
    ),
  });
  return baseLetter(ctx, {
    kind: 'complaint',
    recipient: authorityParty(authority, l),
    subject: pick(
      l,
      `Beschwerde gemäß Art. 77 DSGVO gegen ${ctx.controller.name} – Widerspruch gegen KI-Training`,
      `Complaint under Art. 77 GDPR against ${ctx.controller.name} – objection to AI training`,
    ),
    references: [
      { label: pick(l, 'Verantwortlicher', 'Controller'), value: ctx.controller.name },
      { label: pick(l, 'Konto', 'Account'), value: accountLabel(ctx) },
    ],
    body,
    enclosures: evidenceEnclosures(ctx),
  });
}

/**
 * From 2 April 2027 (Regulation (EU) 2025/2518) a complaint about a request must follow that
 * request to the controller: the letter says that it did, when, and what proves it.
 */
function priorRequest(ctx: LetterContext, evidenceCount: number): LetterBlock[] {
  if (!ruleApplies(GDPR_PROCEDURAL_REGULATION, ctx.today)) return [];
  const l = ctx.locale;
  const sent = longDate(objectionDate(ctx), l);
  const company = ctx.controller.shortName;
  const proof =
    evidenceCount > 0
      ? pick(
          l,
          'Als Nachweis liegen die unten aufgeführten Unterlagen bei.',
          'The documents listed below are enclosed as evidence.',
        )
      : pick(
          l,
          'Ein Nachweis des Unternehmens liegt mir nicht vor; das Datum habe ich selbst festgehalten.',
          'I hold no evidence from the company; I recorded the date myself.',
        );
  return [
    {
      kind: 'paragraph',
      text: pick(
        l,
        `Bevor ich mich beschwere, habe ich mein Recht beim Verantwortlichen geltend gemacht (Verordnung (EU) 2025/2518): Mein Widerspruch ging am ${sent} an ${company}. ${proof}`,
        `Before complaining, I exercised my right with the controller (Regulation (EU) 2025/2518): I sent my objection to ${company} on ${sent}. ${proof}`,
      ),
    },
  ];
}
