import { addMonthsPeriod } from '../deadline/rules.js';
import { baseLetter } from './base.js';
import {
  accountLabel,
  controllerParty,
  type LetterContext,
  longDate,
  objectionDate,
  wording,
} from './context.js';
import type { Letter } from './model.js';

/** An erasure request under Art. 17(1)(c) GDPR after an objection, with restriction meanwhile. */
export function erasureLetter(ctx: LetterContext): Letter {
  const l = ctx.locale;
  const text = wording(ctx).erasure;
  const account = accountLabel(ctx);
  const sent = longDate(objectionDate(ctx), l);
  const due = longDate(addMonthsPeriod(ctx.today, 1), l);
  return baseLetter(ctx, {
    kind: 'erasure',
    recipient: controllerParty(ctx.controller, l),
    subject: text.subject({ account }),
    references: [{ label: wording(ctx).common.labels.account, value: account }],
    body: [
      { kind: 'paragraph', text: text.opening({ sent }) },
      { kind: 'paragraph', text: text.demandsIntro },
      { kind: 'list', items: [...text.demands] },
      { kind: 'paragraph', text: text.deadline({ due }) },
    ],
  });
}
