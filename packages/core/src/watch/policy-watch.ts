import type { AuthoredLocale, HistoryEvent, LocalizedText, Platform } from '@widerspruch/catalog';
import type { Case } from '../case/model.js';
import { submittedOn } from '../case/state.js';
import { compareIsoDates, daysBetween } from '../deadline/calendar.js';
import { longDate } from '../util/date-text.js';

/** Facts older than this many days are shown as possibly out of date. */
export const FRESHNESS_DAYS = 180;

/** A warning that a platform's announced training start is still ahead: object before it. */
export interface ObjectBefore {
  readonly platform: string;
  readonly startsOn: string;
  readonly daysLeft: number;
  readonly message: LocalizedText;
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
    message: {
      de: `${platform.name} will ab dem ${longDate(since, 'de')} mit Nutzerdaten trainieren (in ${daysLeft} ${daysLeft === 1 ? 'Tag' : 'Tagen'}). Wer vorher widerspricht, hält seine bisherigen Inhalte aus dem ersten Training heraus.`,
      en: `${platform.name} plans to train on user data from ${longDate(since, 'en')} (in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'}). Objecting before then keeps your existing content out of the first training.`,
    },
  };
}

/** A case flagged because the platform changed its policy after the objection. */
export interface ObjectAgain {
  readonly caseId: string;
  readonly event: HistoryEvent;
  readonly message: LocalizedText;
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
    message: {
      de: `${platform.name} hat seine Regeln nach Ihrem Widerspruch vom ${longDate(objected, 'de')} geändert (${longDate(event.date, 'de')}: ${event.text.de}). Prüfen Sie, ob Ihr Widerspruch das abdeckt, und widersprechen Sie im Zweifel erneut.`,
      en: `${platform.name} changed its policy after your objection of ${longDate(objected, 'en')} (${longDate(event.date, 'en')}: ${event.text.en}). Check whether your objection covers this, and object again if in doubt.`,
    },
  };
}

/** Whether a record's last verification lies more than 180 days before today. */
export function isStale(verified: string, today: string): boolean {
  return daysBetween(verified, today) > FRESHNESS_DAYS;
}

/** The notice shown next to stale facts. */
export function staleNotice(verified: string, locale: AuthoredLocale): string {
  return locale === 'de'
    ? `Zuletzt geprüft am ${verified}, vor mehr als ${FRESHNESS_DAYS} Tagen – die Angaben können veraltet sein.`
    : `Last checked on ${verified}, more than ${FRESHNESS_DAYS} days ago – the facts may be out of date.`;
}
