import type { Locale } from '@widerspruch/catalog';
import { ICalAlarmType, ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import type { Case } from '../case/model.js';
import type { DueDate } from '../case/state.js';

/** What a reminder needs besides the case. */
export interface ReminderInput {
  readonly case: Case;
  readonly due: DueDate;
  readonly platformName: string;
  readonly locale: Locale;
  /** When the file is made (ISO timestamp); the caller's clock. */
  readonly now: string;
}

/**
 * An iCalendar file (RFC 5545) with one all-day event on the due date and an alarm the
 * morning before. Text fields are escaped by ical-generator, so line breaks in an account
 * label cannot create new properties.
 */
export function renderReminderIcs(input: ReminderInput): string {
  const { due, locale } = input;
  const calendar = new ICalCalendar({
    prodId: { company: 'Widerspruch', product: 'Widerspruch', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: 'Widerspruch',
  });
  const account = input.case.account.replace(/[\r\n]+/g, ' ').trim();
  const summary =
    locale === 'de'
      ? `Widerspruch ${input.platformName}: Antwort fällig`
      : `Objection ${input.platformName}: answer due`;
  const description = [
    locale === 'de' ? `Konto: ${account || '–'}` : `Account: ${account || '–'}`,
    locale === 'de' ? `Fällig am ${due.date}.` : `Due on ${due.date}.`,
    due.rule.text[locale],
    locale === 'de'
      ? 'Ist bis dahin keine Antwort gekommen, schicken Sie eine Erinnerung. Widerspruch zeigt Ihnen den nächsten Schritt.'
      : 'If no answer has come by then, send a reminder. Widerspruch shows you the next step.',
  ].join('\n');
  const start = new Date(`${due.date}T00:00:00Z`);
  const event = calendar.createEvent({
    id: `${input.case.id}-${due.rule.id}-${due.date}@widerspruch`,
    start,
    allDay: true,
    stamp: new Date(input.now),
    summary,
    description,
  });
  event.createAlarm({
    type: ICalAlarmType.display,
    trigger: 15 * 60 * 60, // 15 h before the start of the day: 9:00 the day before
    description: summary,
  });
  return calendar.toString();
}
