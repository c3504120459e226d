import { type HistoryEvent, type Locale, localText, type Platform } from '@widerspruch/catalog';
import type { Case } from '../case/model.js';
import { submittedOn } from '../case/state.js';
import { compareIsoDates, daysBetween } from '../deadline/calendar.js';
import { inEveryLocale, noticeText } from '../text/notice-text.js';
import { longDate } from '../util/date-text.js';

/** Facts older than this many days are shown as possibly out of date. */
export const FRESHNESS_DAYS = 180;

/** A warning that a platform's announced training start is still ahead: object before it. */
export interface ObjectBefore {
  readonly platform: string;
  readonly startsOn: string;
  readonly daysLeft: number;
  readonly message: Readonly<Record<Locale, string>>;
}

/**
 * "Object before": when a platform has announced a training start that lies after today,
 * objecting before it keeps existing content out of the first training (as with Meta's
 * 26 May 2025 deadline). Returns undefined when nothing is announced ahead.
 */
export function objectBefore(platform: Platform, today: string): ObjectBefore | undefined {
  const { status, since } = platform.aiTraining;
  if (status !== 'announced' || since === undefined || compareIsoDates(since, today) <= 0) {
    return undefined;
  }
  const daysLeft = daysBetween(today, since);
  return {
    platform: platform.id,
    startsOn: since,
    daysLeft,
    message: inEveryLocale((t, locale) =>
      t.watch.objectBefore(platform.name, longDate(since, locale), daysLeft),
    ),
  };
}

/** A case flagged because the platform changed its policy after the objection. */
export interface ObjectAgain {
  readonly caseId: string;
  readonly event: HistoryEvent;
  readonly message: Readonly<Record<Locale, string>>;
}

const POLICY_KINDS: ReadonlySet<HistoryEvent['kind']> = new Set([
  'announced',
  'started',
  'changed',
]);

/**
 * "Object again": when a platform records a new policy event (announced, started, changed)
 * after the day the person objected, the case is flagged with that event, so the person can
 * check whether the objection still covers the new use.
 */
export function objectAgain(c: Case, platform: Platform): ObjectAgain | undefined {
  const objected = submittedOn(c);
  if (objected === undefined) return undefined;
  const later = platform.history
    .filter((e) => POLICY_KINDS.has(e.kind) && compareIsoDates(e.date, objected) > 0)
    .sort((a, b) => compareIsoDates(a.date, b.date));
  const event = later.at(-1);
  if (event === undefined) return undefined;
  return {
    caseId: c.id,
    event,
    message: inEveryLocale((t, locale) =>
      t.watch.objectAgain(
        platform.name,
        longDate(objected, locale),
        longDate(event.date, locale),
        localText(event.text, locale),
      ),
    ),
  };
}

/** Whether a record's last verification lies more than 180 days before today. */
export function isStale(verified: string, today: string): boolean {
  return daysBetween(verified, today) > FRESHNESS_DAYS;
}

/** The notice shown next to stale facts. */
export function staleNotice(verified: string, locale: Locale): string {
  return noticeText(locale).watch.stale(verified, FRESHNESS_DAYS);
}
