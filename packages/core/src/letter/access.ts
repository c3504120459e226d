import { addMonthsPeriod } from '../deadline/rules.js';
import { baseLetter } from './base.js';
import { accountLabel, controllerParty, type LetterContext, longDate, wording } from './context.js';
import type { Letter } from './model.js';

/**
 * An access request under Art. 15 GDPR asking whether and which data went into AI training.
 * It states its purpose, to learn about the person's own data, and claims nothing else: since
 * CJEU C-526/24 (19 March 2026) even a first request can be refused as abusive when it reads
 * as a means to a damages claim.
 */
export function accessLetter(ctx: LetterContext): Letter {
  const l = ctx.locale;
  const text = wording(ctx).access;
  const account = accountLabel(ctx);
  const due = longDate(addMonthsPeriod(ctx.today, 1), l);
  return baseLetter(ctx, {
    kind: 'access',
    recipient: controllerParty(ctx.controller, l),
    subject: text.subject({ account }),
    references: [{ label: wording(ctx).common.labels.account, value: account }],
    body: [
      { kind: 'paragraph', text: text.opening({ platform: ctx.platform.name, account }) },
      { kind: 'list', items: [...text.questions] },
      { kind: 'paragraph', text: text.purpose },
      { kind: 'paragraph', text: text.deadline({ due }) },
    ],
  });
}
