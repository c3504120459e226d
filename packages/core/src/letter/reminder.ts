import { addWeeksPeriod } from '../deadline/rules.js';
import { baseLetter } from './base.js';
import {
  accountLabel,
  controllerParty,
  type LetterContext,
  longDate,
  objectionDate,
  objectionDue,
  wording,
} from './context.js';
import { evidenceEnclosures } from './evidence-list.js';
import type { Letter } from './model.js';

/** A reminder after the one-month deadline, with two more weeks (Art. 12(3) GDPR). */
export function reminderLetter(ctx: LetterContext): Letter {
  const { locale } = ctx;
  const words = wording(ctx);
  const text = words.reminder;
  const account = accountLabel(ctx);
  const sent = longDate(objectionDate(ctx), locale);
  // The Art. 12(3) deadline, not the two weeks of an earlier reminder.
  const objectionDueDate = objectionDue(ctx);
  const due = objectionDueDate ? longDate(objectionDueDate.date, locale) : undefined;
  const extended = objectionDueDate?.rule.id === 'art-12-3-extended';
  const newDue = longDate(addWeeksPeriod(ctx.today, 2), locale);
  return baseLetter(ctx, {
    kind: 'reminder',
    recipient: controllerParty(ctx.controller, locale),
    subject: text.subject({ sent, account }),
    references: [
      { label: words.common.labels.account, value: account },
      { label: text.objectionOf, value: sent },
    ],
    body: [
      { kind: 'paragraph', text: text.opening({ sent, platform: ctx.platform.name, account }) },
      {
        kind: 'paragraph',
        text: due
          ? extended
            ? text.expiredExtended({ due })
            : text.expired({ due })
          : text.expiredUndated,
      },
      { kind: 'paragraph', text: text.deadline({ due: newDue }) },
    ],
    enclosures: reminderEnclosures(ctx, sent),
  });
}

/**
 * What goes with a reminder: the objection itself only when it was a letter or an e-mail
 * (a form leaves the person nothing to enclose), else the evidence files kept with the case.
 */
function reminderEnclosures(ctx: LetterContext, sent: string): string[] {
  const submitted = ctx.case.events.filter((e) => e.kind === 'submitted');
  const byLetter = submitted.some((e) => e.via === 'letter' || e.via === 'email');
  return byLetter ? [wording(ctx).reminder.enclosedObjection({ sent })] : evidenceEnclosures(ctx);
}
