import { addWeeksPeriod } from '../deadline/rules.js';
import { baseLetter } from './base.js';
import {
  accountLabel,
  controllerParty,
  type LetterContext,
  longDate,
  objectionDate,
  objectionDue,
  pick,
} from './context.js';
import { evidenceEnclosures } from './evidence-list.js';
import type { Letter } from './model.js';

/** A reminder after the one-month deadline, with two more weeks (Art. 12(3) GDPR). */
export function reminderLetter(ctx: LetterContext): Letter {
  const { locale } = ctx;
  const sent = longDate(objectionDate(ctx), locale);
  // The Art. 12(3) deadline, not the two weeks of an earlier reminder.
  const objectionDueDate = objectionDue(ctx);
  const due = objectionDueDate ? longDate(objectionDueDate.date, locale) : undefined;
  const extended = objectionDueDate?.rule.id === 'art-12-3-extended';
  const newDue = longDate(addWeeksPeriod(ctx.today, 2), locale);
  return baseLetter(ctx, {
    kind: 'reminder',
    recipient: controllerParty(ctx.controller, locale),
    subject: pick(
      locale,
      `Erinnerung: Mein Widerspruch gemäß Art. 21 Abs. 1 DSGVO vom ${sent} – Konto ${accountLabel(ctx)}`,
      `Reminder: my objection under Art. 21(1) GDPR of ${sent} – account ${accountLabel(ctx)}`,
    ),
    references: [
      { label: pick(locale, 'Konto', 'Account'), value: accountLabel(ctx) },
      { label: pick(locale, 'Widerspruch vom', 'Objection of'), value: sent },
    ],
    body: [
      {
        kind: 'paragraph',
        text: pick(
          locale,
          `am ${sent} habe ich der Verarbeitung meiner personenbezogenen Daten für die Entwicklung und das Training von KI-Modellen gemäß Art. 21 Abs. 1 DSGVO widersprochen (Konto bei ${ctx.platform.name}: ${accountLabel(ctx)}).`,
          `On ${sent} I objected under Art. 21(1) GDPR to the processing of my personal data for developing and training AI models (${ctx.platform.name} account: ${accountLabel(ctx)}).`,
        ),
      },
      {
        kind: 'paragraph',
        text: due
          ? extended
            ? pick(
                locale,
                `Die von Ihnen nach Art. 12 Abs. 3 DSGVO verlängerte Frist ist am ${due} abgelaufen, ohne dass ich eine ausreichende Antwort erhalten habe.`,
                `The period under Art. 12(3) GDPR, as extended by you, expired on ${due} without my receiving an adequate answer.`,
              )
            : pick(
                locale,
                `Die Frist von einem Monat nach Art. 12 Abs. 3 DSGVO ist am ${due} abgelaufen, ohne dass ich eine ausreichende Antwort erhalten habe.`,
                `The one-month period under Art. 12(3) GDPR expired on ${due} without my receiving an adequate answer.`,
              )
          : pick(
              locale,
              'Die Frist von einem Monat nach Art. 12 Abs. 3 DSGVO ist abgelaufen, ohne dass ich eine ausreichende Antwort erhalten habe.',
              'The one-month period under Art. 12(3) GDPR has expired without my receiving an adequate answer.',
            ),
      },
      {
        kind: 'paragraph',
        text: pick(
          locale,
          `Ich bitte Sie, mir innerhalb von zwei Wochen nach Eingang dieses Schreibens, also bis zum ${newDue}, zu bestätigen, dass Sie meinem Widerspruch nachkommen, oder mir die Gründe mitzuteilen, aus denen Sie nicht tätig werden (Art. 12 Abs. 4 DSGVO). Andernfalls werde ich mich bei der zuständigen Datenschutzaufsichtsbehörde beschweren (Art. 77 DSGVO).`,
          `Please confirm within two weeks of receiving this letter, that is by ${newDue}, that you comply with my objection, or tell me the reasons for not taking action (Art. 12(4) GDPR). Otherwise I will complain to the competent data protection authority (Art. 77 GDPR).`,
        ),
      },
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
  return byLetter
    ? [pick(ctx.locale, `Mein Widerspruch vom ${sent}`, `My objection of ${sent}`)]
    : evidenceEnclosures(ctx);
}
