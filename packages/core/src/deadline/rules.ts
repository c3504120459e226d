import type { LocalizedText } from '@widerspruch/catalog';
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
  readonly text: LocalizedText;
}

const COUNTING = {
  de: 'gezählt nach Art. 3 der Verordnung (EWG, Euratom) Nr. 1182/71: Ein Monat endet am Tag mit derselben Zahl im Folgemonat, sonst am Monatsletzten; fällt das Ende auf einen Samstag oder Sonntag, endet die Frist am nächsten Werktag. Feiertage sind nicht berücksichtigt.',
  en: 'counted under Art. 3 of Regulation (EEC, Euratom) No 1182/71: a month ends on the same date in the next month, or on its last day if there is none; an end on a Saturday or Sunday moves to the next working day. Public holidays are not taken into account.',
} as const;

/** The rules, with their legal source. */
export const DEADLINE_RULES: Readonly<Record<DeadlineRuleId, DeadlineRule>> = {
  'art-12-3-one-month': {
    id: 'art-12-3-one-month',
    text: {
      de: `Antwort fällig einen Monat nach Eingang (Art. 12 Abs. 3 DSGVO), ${COUNTING.de}`,
      en: `Answer due one month after receipt (Art. 12(3) GDPR), ${COUNTING.en}`,
    },
  },
  'art-12-3-extended': {
    id: 'art-12-3-extended',
    text: {
      de: `Das Unternehmen hat die Frist verlängert; höchstens um zwei weitere Monate, also drei Monate nach Eingang (Art. 12 Abs. 3 Satz 2 und 3 DSGVO), ${COUNTING.de}`,
      en: `The company extended the period; by at most two further months, i.e. three months after receipt (Art. 12(3), second and third sentences, GDPR), ${COUNTING.en}`,
    },
  },
  'art-78-2-three-months': {
    id: 'art-78-2-three-months',
    text: {
      de: `Die Aufsichtsbehörde muss Sie innerhalb von drei Monaten über den Stand oder das Ergebnis Ihrer Beschwerde unterrichten; sonst steht Ihnen der Rechtsweg offen (Art. 78 Abs. 2 DSGVO), ${COUNTING.de}`,
      en: `The supervisory authority must inform you within three months of the progress or outcome of your complaint; otherwise you may go to court (Art. 78(2) GDPR), ${COUNTING.en}`,
    },
  },
  'reminder-two-weeks': {
    id: 'reminder-two-weeks',
    text: {
      de: 'Frist aus Ihrem Erinnerungsschreiben: zwei Wochen nach dem Versand. Fällt das Ende auf einen Samstag oder Sonntag, gilt der nächste Werktag.',
      en: 'Deadline set in your reminder letter: two weeks after sending it. An end on a Saturday or Sunday moves to the next working day.',
    },
  },
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
