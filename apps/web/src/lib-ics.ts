import type { Locale } from '@widerspruch/catalog';
import type { Case, DueDate, RequestDeadline } from '@widerspruch/core';
import { renderReminderIcs } from '@widerspruch/core/ics';

/** Loaded on demand: builds the .ics file for a case's due dates. */
export function reminderIcs(
  c: Case,
  due: DueDate | undefined,
  requests: readonly RequestDeadline[],
  platformName: string,
  locale: Locale,
  now: string,
): string {
  return renderReminderIcs({
    case: c,
    ...(due ? { due } : {}),
    requests,
    platformName,
    locale,
    now,
  });
}
