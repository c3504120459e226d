import type { Locale } from '@widerspruch/catalog';
import { inEveryLocale } from '../text/notice-text.js';
import {
  addDays,
  type CivilDate,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
  weekday,
} from './calendar.js';

/** Names of the deadline rules the app applies. */
export type DeadlineRuleId =
  | 'art-12-3-one-month'
  | 'art-12-3-extended'
  | 'reminder-two-weeks'
  | 'art-78-2-three-months';

/** A rule with its legal source, as shown next to every due date. */
export interface DeadlineRule {
  readonly id: DeadlineRuleId;
  readonly text: Readonly<Record<Locale, string>>;
}

function rule(id: DeadlineRuleId): DeadlineRule {
  return { id, text: inEveryLocale((t) => t.deadline.rule[id](t.deadline.counting)) };
}

/** The rules, with their legal source. */
export const DEADLINE_RULES: Readonly<Record<DeadlineRuleId, DeadlineRule>> = {
  'art-12-3-one-month': rule('art-12-3-one-month'),
  'art-12-3-extended': rule('art-12-3-extended'),
  'art-78-2-three-months': rule('art-78-2-three-months'),
  'reminder-two-weeks': rule('reminder-two-weeks'),
};

/**
 * The end of a period of `months` months that runs from `start` (the day of the event does
 * not count), per Art. 3(1), 3(2)(c) and 3(4) of Regulation (EEC, Euratom) No 1182/71.
 *
 * @example addMonthsPeriod('2026-01-31', 1) // '2026-03-02' (28 Feb 2026 is a Saturday)
 */
export function addMonthsPeriod(start: string, months: number): string {
  const from = parseIsoDate(start);
  const monthIndex = from.month - 1 + months;
  const year = from.year + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(from.day, daysInMonth(year, month));
  return formatIsoDate(nextWorkingDay({ year, month, day }));
}

/** The end of a period of `weeks` weeks from `start`, moved off a weekend (Art. 3(2)(b), 3(4)). */
export function addWeeksPeriod(start: string, weeks: number): string {
  return formatIsoDate(nextWorkingDay(addDays(parseIsoDate(start), weeks * 7)));
}

/** The date itself if it is Monday to Friday, else the following Monday. */
export function nextWorkingDay(date: CivilDate): CivilDate {
  const day = weekday(date);
  if (day === 6) return addDays(date, 2);
  if (day === 0) return addDays(date, 1);
  return date;
}
