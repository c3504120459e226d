import type { Locale } from '@widerspruch/catalog';
import { ICalAlarmType, ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { REQUEST_KIND_TEXT } from '../case/labels.js';
import type { Case } from '../case/model.js';
import {
  type DueDate,
  type RequestDeadline,
  requestDeadlines,
  summarizeCase,
} from '../case/state.js';

/** One case's due dates, as put in a calendar file. */
export interface CaseDates {
  readonly case: Case;
  /** The objection's due date, if one runs. */
  readonly due?: DueDate;
  /** Due dates of access and erasure requests sent for the case (see `requestDeadlines`). */
  readonly requests?: readonly RequestDeadline[];
  readonly platformName: string;
}

/** A case's running due dates (the objection's, its requests'), or undefined when none runs. */
export function caseDates(c: Case, today: string, platformName: string): CaseDates | undefined {
  const due = summarizeCase(c, today).due;
  const requests = requestDeadlines(c, today);
  if (due === undefined && requests.length === 0) return undefined;
  return { case: c, ...(due ? { due } : {}), requests, platformName };
}

/** What a reminder needs besides the case. */
export interface ReminderInput extends CaseDates {
  readonly locale: Locale;
  /** When the file is made (ISO timestamp); the caller's clock. */
  readonly now: string;
}

/**
 * An iCalendar file (RFC 5545) with an all-day event on each due date of the case (the
 * objection's, and each follow-up request's) and an alarm the morning before.
 */
export function renderReminderIcs(input: ReminderInput): string {
  return renderCalendarIcs([input], input.locale, input.now);
}

/**
 * One iCalendar file (RFC 5545) with the due dates of several cases: an all-day event on
 * each, with an alarm the morning before. Each event's UID is stable (case, rule, date), so
 * importing the file again updates the events instead of doubling them. Text fields are
 * escaped by ical-generator, so line breaks in an account label cannot create new properties.
 */
export function renderCalendarIcs(
  cases: readonly CaseDates[],
  locale: Locale,
  now: string,
): string {
  const calendar = new ICalCalendar({
    prodId: { company: 'Widerspruch', product: 'Widerspruch', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: 'Widerspruch',
  });
  for (const dates of cases) addCaseEvents(calendar, dates, locale, now);
  return calendar.toString();
}

function addCaseEvents(
  calendar: ICalCalendar,
  input: CaseDates,
  locale: Locale,
  now: string,
): void {
  const { due } = input;
  const de = locale === 'de';
  const account = input.case.account.replace(/[\r\n]+/g, ' ').trim();
  const accountLine = de ? `Konto: ${account || '–'}` : `Account: ${account || '–'}`;
  const add = (id: string, date: string, summary: string, lines: readonly string[]) => {
    const event = calendar.createEvent({
      id: `${input.case.id}-${id}-${date}@widerspruch`,
      start: new Date(`${date}T00:00:00Z`),
      allDay: true,
      stamp: new Date(now),
      summary,
      description: [accountLine, ...lines].join('\n'),
    });
    event.createAlarm({
      type: ICalAlarmType.display,
      trigger: 15 * 60 * 60, // 15 h before the start of the day: 9:00 the day before
      description: summary,
    });
  };
  if (due) {
    add(
      due.rule.id,
      due.date,
      de
        ? `Widerspruch ${input.platformName}: Antwort fällig`
        : `Objection ${input.platformName}: answer due`,
      [
        de ? `Fällig am ${due.date}.` : `Due on ${due.date}.`,
        due.rule.text[locale],
        de
          ? 'Ist bis dahin keine Antwort gekommen, schicken Sie eine Erinnerung. Widerspruch zeigt Ihnen den nächsten Schritt.'
          : 'If no answer has come by then, send a reminder. Widerspruch shows you the next step.',
      ],
    );
  }
  for (const request of input.requests ?? []) {
    const name = REQUEST_KIND_TEXT[request.kind][locale];
    add(
      request.kind,
      request.due.date,
      `${name} ${input.platformName}: ${de ? 'Antwort fällig' : 'answer due'}`,
      [
        de
          ? `Abgeschickt am ${request.sentOn}, fällig am ${request.due.date}.`
          : `Sent on ${request.sentOn}, due on ${request.due.date}.`,
        request.due.rule.text[locale],
        de
          ? 'Ist bis dahin keine Antwort gekommen, können Sie sich bei der Aufsichtsbehörde beschweren (Art. 77 DSGVO).'
          : 'If no answer has come by then, you can complain to the supervisory authority (Art. 77 GDPR).',
      ],
    );
  }
}
