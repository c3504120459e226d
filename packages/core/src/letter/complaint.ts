import { localText } from '@widerspruch/catalog';
import { summarizeCase } from '../case/state.js';
import { GDPR_PROCEDURAL_REGULATION, ruleApplies } from '../law/dated-rules.js';
import { baseLetter } from './base.js';
import {
  accountLabel,
  authorityParty,
  type LetterContext,
  longDate,
  objectionDate,
  objectionDue,
  postalAddress,
  wording,
} from './context.js';
import { evidenceEnclosures, evidenceRows, timelineRows } from './evidence-list.js';
import type { Letter, LetterBlock } from './model.js';
import { withoutComplaints } from './preconditions.js';

/** What went wrong, in the complaint's words, derived from the case state. */
function infringement(ctx: LetterContext): { text: string; articles: string } {
  const text = wording(ctx).complaint;
  const dueDate = objectionDue(ctx)?.date;
  // Written again after the complaint was recorded: say what led to it.
  const state =
    ctx.summary.state === 'complained'
      ? summarizeCase(withoutComplaints(ctx.case), ctx.today).state
      : ctx.summary.state;
  switch (state) {
    case 'rejected':
      return text.rejected;
    case 'asks-for-id':
      return text.asksForId;
    case 'asks-for-reason':
    case 'answered':
      return text.inadequate;
    default:
      return {
        text:
          dueDate === undefined
            ? text.noAnswer.text
            : text.noAnswer.textDue({ due: longDate(dueDate, ctx.locale) }),
        articles: text.noAnswer.articles,
      };
  }
}

/** A complaint to a supervisory authority under Art. 77 GDPR, listing the correspondence. */
export function complaintLetter(ctx: LetterContext): Letter {
  const l = ctx.locale;
  const words = wording(ctx);
  const text = words.complaint;
  const labels = words.common.labels;
  const authority = ctx.authority?.record;
  if (authority === undefined) throw new Error('a complaint needs an authority');
  const controller = postalAddress(ctx.controller.name, ctx.controller.address, l).join(', ');
  const wrong = infringement(ctx);
  const timeline = timelineRows(ctx);
  const evidence = evidenceRows(ctx);
  const body: LetterBlock[] = [
    { kind: 'paragraph', text: text.opening({ controller }) },
    {
      kind: 'paragraph',
      text: text.objected({
        sent: longDate(objectionDate(ctx), l),
        platform: ctx.platform.name,
        account: accountLabel(ctx),
        infringement: wrong.text,
      }),
    },
    ...priorRequest(ctx, evidence.length),
    { kind: 'paragraph', text: text.infringementOf({ articles: wrong.articles }) },
    { kind: 'heading', text: text.correspondence },
    { kind: 'table', head: [labels.date, labels.whatHappened], rows: timeline },
  ];
  if (evidence.length > 0) {
    body.push(
      { kind: 'heading', text: text.evidenceEnclosed },
      { kind: 'table', head: [labels.file, labels.date, 'SHA-256'], rows: evidence },
    );
  }
  const lead = ctx.leadAuthority;
  if (lead !== undefined && lead.id !== authority.id) {
    body.push({
      kind: 'paragraph',
      text: text.crossBorder({
        lead: localText(lead.title, l),
        regulation2025: ruleApplies(GDPR_PROCEDURAL_REGULATION, ctx.today),
      }),
    });
  }
  body.push({ kind: 'paragraph', text: text.examine });
  return baseLetter(ctx, {
    kind: 'complaint',
    recipient: authorityParty(authority, l),
    subject: text.subject({ controller: ctx.controller.name }),
    references: [
      { label: labels.controller, value: ctx.controller.name },
      { label: labels.account, value: accountLabel(ctx) },
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
  const text = wording(ctx).complaint;
  return [
    {
      kind: 'paragraph',
      text: text.priorRequest({
        sent: longDate(objectionDate(ctx), ctx.locale),
        company: ctx.controller.shortName,
        proof: evidenceCount > 0 ? text.proofEnclosed : text.proofNone,
      }),
    },
  ];
}
