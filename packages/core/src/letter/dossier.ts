import { NEXT_ACTION_TEXT } from '../case/state.js';
import { baseLetter } from './base.js';
import { accountLabel, type LetterContext, longDate, postalAddress, wording } from './context.js';
import { evidenceEnclosures, evidenceRows, timelineRows } from './evidence-list.js';
import type { Letter, LetterBlock } from './model.js';

/** A dossier for a lawyer or a consumer centre: facts, timeline, evidence with SHA-256. */
export function dossierLetter(ctx: LetterContext): Letter {
  const l = ctx.locale;
  const words = wording(ctx);
  const text = words.dossier;
  const labels = words.common.labels;
  const controller = postalAddress(ctx.controller.name, ctx.controller.address, l).join(', ');
  const evidence = evidenceRows(ctx);
  const due = ctx.summary.due;
  // Deadline rules and next steps are worded by the case model, in the authored languages
  // so far.
  const caseLocale = l;
  const body: LetterBlock[] = [
    { kind: 'heading', text: text.facts },
    {
      kind: 'table',
      head: [text.item, text.detail],
      rows: [
        [text.dataSubject, ctx.sender.name],
        [text.platformAndAccount, `${ctx.platform.name}: ${accountLabel(ctx)}`],
        [labels.controller, controller],
        [
          text.objectionOn,
          ctx.summary.submittedOn === undefined
            ? text.notSentYet
            : longDate(ctx.summary.submittedOn, l),
        ],
        ...(due
          ? [[text.answerDueOn, `${longDate(due.date, l)} – ${due.rule.text[caseLocale]}`]]
          : []),
        [text.nextStep, NEXT_ACTION_TEXT[ctx.summary.next][caseLocale]],
      ],
    },
    { kind: 'heading', text: text.timeline },
    { kind: 'table', head: [labels.date, labels.whatHappened], rows: timelineRows(ctx) },
  ];
  if (evidence.length > 0) {
    body.push(
      { kind: 'heading', text: text.evidence },
      { kind: 'paragraph', text: text.checksums },
      { kind: 'table', head: [labels.file, labels.date, 'SHA-256'], rows: evidence },
    );
  }
  body.push({ kind: 'heading', text: text.whoCanHelp }, { kind: 'list', items: [...text.help] });
  return {
    ...baseLetter(ctx, {
      kind: 'dossier',
      recipient: { name: [text.recipient], address: [] },
      subject: text.subject({ platform: ctx.platform.name, controller: ctx.controller.name }),
      references: [{ label: labels.account, value: accountLabel(ctx) }],
      body,
      enclosures: evidenceEnclosures(ctx),
    }),
    salutation: '',
    closing: '',
  };
}
