import type { Locale } from '@widerspruch/catalog';
import type { Case } from '@widerspruch/core';
import { caseDates, renderCalendarIcs } from '@widerspruch/core/ics';

/**
 * Loaded on demand: one .ics file with the running due dates of the given cases, or
 * undefined when none runs.
 */
export function datesIcs(
  cases: readonly Case[],
  platformName: (id: string) => string,
  today: string,
  locale: Locale,
  now: string,
): { text: string; first: string } | undefined {
  const dates = cases.flatMap((c) => caseDates(c, today, platformName(c.platform)) ?? []);
  const first = dates
    .flatMap((d) => [d.due?.date, ...(d.requests ?? []).map((r) => r.due.date)])
    .filter((x): x is string => x !== undefined)
    .sort()[0];
  if (first === undefined) return undefined;
  return { text: renderCalendarIcs(dates, locale, now), first };
}
