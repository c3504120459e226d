import { identityRequestedOn } from '../case/state.js';
import { addMonthsPeriod } from '../deadline/rules.js';
import { objectionTemplate } from '../objection/compose.js';
import { baseLetter } from './base.js';
import { accountLabel, controllerParty, type LetterContext, longDate, wording } from './context.js';
import type { Letter, LetterBlock } from './model.js';

/** An objection under Art. 21(1) GDPR to the use of one's data for AI, as a letter. */
export function objectionLetter(ctx: LetterContext): Letter {
  const { locale } = ctx;
  const text = wording(ctx).objection;
  const account = accountLabel(ctx);
  const platform = ctx.platform.name;
  const template = objectionTemplate(locale);
  const grounds = (ctx.grounds ?? []).map((g) => template.grounds[g]);
  const note = ctx.note?.trim();
  const body: LetterBlock[] = [
    {
      kind: 'paragraph',
      text: text.opening({
        controller: ctx.controller.name,
        company: ctx.controller.shortName,
        platform,
        account,
      }),
    },
  ];
  // The answer to a request for proof of identity: the details the company already holds.
  const idRequest = identityRequestedOn(ctx.case, ctx.summary);
  if (idRequest) {
    body.push({
      kind: 'paragraph',
      text: text.identity({ requestDate: longDate(idRequest, locale), platform, account }),
    });
  }
  if (grounds.length > 0 || note) {
    body.push({ kind: 'paragraph', text: template.groundsIntro });
    if (grounds.length > 0) body.push({ kind: 'list', items: grounds });
    if (note) body.push({ kind: 'paragraph', text: note });
  }
  body.push(
    { kind: 'paragraph', text: text.demandsIntro },
    { kind: 'list', items: [...text.demands] },
    {
      kind: 'paragraph',
      text: text.deadline({ due: longDate(addMonthsPeriod(ctx.today, 1), locale) }),
    },
  );
  return baseLetter(ctx, {
    kind: 'objection',
    recipient: controllerParty(ctx.controller, locale),
    subject: text.subject({ account }),
    references: [{ label: wording(ctx).common.labels.account, value: account }],
    body,
  });
}
