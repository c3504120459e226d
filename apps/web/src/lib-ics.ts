import type { Locale } from '@widerspruch/catalog';
import type { Case, DueDate } from '@widerspruch/core';
import { renderReminderIcs } from '@widerspruch/core/ics';

/** Loaded on demand: builds the .ics file for a case's due date. */
export function reminderIcs(
  c: Case,
  due: DueDate,
  platformName: string,
  locale: Locale,
  now: string,
): string {
  return renderReminderIcs({ case: c, due, platformName, locale, now });
}
