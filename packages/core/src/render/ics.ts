import type { Locale } from '@widerspruch/catalog';
import { ICalAlarmType, ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { REQUEST_KIND_TEXT } from '../case/labels.js';
import type { Case } from '../case/model.js';
import { type DueDate, type RequestDeadline, runningDates } from '../case/state.js';
import { longDate } from '../util/date-text.js';
import { calendarText } from './ics-text.js';

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
  const dates = runningDates(c, today);
  return dates && { case: c, ...dates, platformName };
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
 * each, with an alarm the morning before. Each event's UID is stable (case and slot), so
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
  // The calendar's own lines, then each case's events rendered and folded on their own (a
  // whole calendar folded at once costs far more time and memory: 50 000 cases took a
  // minute and more than a gigabyte), then the end. Time grows linearly with the cases,
  // memory with the file.
  const [head = '', tail = 'END:VCALENDAR'] = calendar.toString().split(/(?=END:VCALENDAR$)/);
  const parts = [head];
  for (const dates of cases) {
    addCaseEvents(calendar, dates, locale, now);
    for (const event of calendar.events()) parts.push(foldLines(event.toString()));
    calendar.clear();
  }
  // Every content line ends with CRLF, the last one too (RFC 5545, 3.1).
  parts.push(tail.endsWith('\r\n') ? tail : `${tail}\r\n`);
  return parts.join('');
}

/** The UTF-8 length of the UTF-16 code unit `code` (a surrogate pair counts 4 at its start). */
function utf8Length(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) return 4;
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return 3;
}

/**
 * Folds content lines longer than 75 octets (RFC 5545, 3.1) exactly as ical-generator does:
 * a CRLF and a space before the character that would pass 74 octets, never inside a
 * character.
 */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      let bytes = 0;
      let out = '';
      let start = 0;
      for (let i = 0; i < line.length; i++) {
        const size = utf8Length(line.charCodeAt(i));
        if (size === 0) continue;
        bytes += size;
        if (bytes > 74) {
          out += `${line.slice(start, i)}\r\n `;
          start = i;
          bytes = size;
        }
      }
      return out + line.slice(start);
    })
    .join('\r\n');
}

function addCaseEvents(
  calendar: ICalCalendar,
  input: CaseDates,
  locale: Locale,
  now: string,
): void {
  const { due } = input;
  const t = calendarText(locale);
  const account = input.case.account.replace(/[\r\n]+/g, ' ').trim();
  const accountLine = t.account(account || '–');
  // One event per case and slot (the objection, each kind of request), whatever its date:
  // when a deadline moves (extended, a reminder, a complaint), importing the new file updates
  // the event instead of leaving the old date behind. The sequence grows with the case's
  // events, so calendars take the newer file as the update.
  const add = (slot: string, date: string, summary: string, lines: readonly string[]) => {
    const event = calendar.createEvent({
      id: `${input.case.id}-${slot}@widerspruch`,
      sequence: input.case.events.length,
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
    const text = t.objection[due.rule.id];
    add('objection', due.date, `${text.summary} ${input.platformName}: ${text.what}`, [
      t.dueOn(longDate(due.date, locale)),
      due.rule.text[locale],
      text.next,
    ]);
  }
  for (const request of input.requests ?? []) {
    const name = REQUEST_KIND_TEXT[request.kind][locale];
    add(request.kind, request.due.date, `${name} ${input.platformName}: ${t.answerDue}`, [
      t.sentAndDue(longDate(request.sentOn, locale), longDate(request.due.date, locale)),
      request.due.rule.text[locale],
      t.requestNext,
    ]);
  }
}
