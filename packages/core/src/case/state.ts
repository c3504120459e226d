import {
  addDays,
  compareIsoDates,
  daysBetween,
  formatIsoDate,
  parseIsoDate,
} from '../deadline/calendar.js';
import {
  addMonthsPeriod,
  addWeeksPeriod,
  DEADLINE_RULES,
  type DeadlineRule,
} from '../deadline/rules.js';
import { caseTextByKey } from './case-text.js';
import type { Case, CaseEvent, ReplyKind } from './model.js';
import { orderedEvents } from './status.js';

/** Where a case stands, derived from its events and today's date. */
export type CaseState =
  | 'draft'
  | 'awaiting-confirmation'
  | 'no-confirmation'
  | 'awaiting-answer'
  | 'overdue'
  | 'reminded'
  | 'reminder-overdue'
  | 'confirmed'
  | 'asks-for-reason'
  | 'asks-for-id'
  | 'rejected'
  | 'answered'
  | 'complained'
  | 'setting-off'
  | 'closed';

/** What the person should do next. */
export type NextActionId =
  | 'submit'
  | 'expect-confirmation'
  | 'check-spam-resubmit'
  | 'wait'
  | 'send-reminder'
  | 'complain'
  | 'resubmit-with-grounds'
  | 'answer-id-request'
  | 'review-answer'
  | 'escalate-rejection'
  | 'keep-proof'
  | 'wait-for-authority'
  | 'authority-silent'
  | 'none';

/** A due date with the rule it was computed by. */
export interface DueDate {
  readonly date: string;
  readonly rule: DeadlineRule;
}

/** Everything derived from a case's events. */
export interface CaseSummary {
  readonly state: CaseState;
  readonly submittedOn?: string;
  readonly due?: DueDate;
  readonly next: NextActionId;
  /** Days until the due date (negative when overdue). */
  readonly daysLeft?: number;
}

/** The day an event happened: the date the person gave, else the day it was recorded. */
export function eventDate(event: CaseEvent): string {
  return event.date ?? event.at.slice(0, 10);
}

/**
 * Days without a confirmation after which a web-form objection is best sent again: the
 * confirmation e-mail usually comes within minutes to about 24 hours.
 */
export const CONFIRMATION_DAYS = 2;

/**
 * The day the objection was last sent (a second submission, say after no confirmation came
 * or after a policy change, replaces the first), or undefined while nothing was sent.
 */
export function submittedOn(c: Case): string | undefined {
  const submitted = lastSubmission(orderedEvents(c.events));
  return submitted && eventDate(submitted);
}

function lastSubmission(events: readonly CaseEvent[]): CaseEvent | undefined {
  return events.filter((e) => e.kind === 'submitted').at(-1);
}

/**
 * Derives state, due date (with its rule) and the next action from a case's events.
 * `today` is the caller's clock (YYYY-MM-DD); nothing here reads the time itself.
 */
export function summarizeCase(c: Case, today: string): CaseSummary {
  const events = orderedEvents(c.events);
  const last = (kind: CaseEvent['kind']) => events.filter((e) => e.kind === kind).at(-1);
  const submitted = lastSubmission(events);
  if (last('closed')) return withSubmitted({ state: 'closed', next: 'none' }, submitted);
  if (submitted === undefined) {
    return last('setting-changed')
      ? { state: 'setting-off', next: 'none' }
      : { state: 'draft', next: 'submit' };
  }
  const complaint = last('complaint-filed');
  if (complaint !== undefined) return complainedSummary(complaint, submitted, today);
  const answer = latestAnswer(events.slice(events.indexOf(submitted)));
  if (answer !== undefined) {
    return withSubmitted(answerState(answer.reply), submitted);
  }
  const submittedOn = eventDate(submitted);
  // Only what came after the last submission counts: an objection sent again (say, with the
  // grounds the company asked for) starts afresh.
  const since = events.slice(events.indexOf(submitted));
  const reminder = since.filter((e) => e.kind === 'reminder-sent').at(-1);
  if (submitted.via === 'web-form' && reminder === undefined) {
    return webFormSummary(submittedOn, today);
  }
  const statutory = statutoryDueOf(since, submitted);
  const reminderDue = reminder && addWeeksPeriod(eventDate(reminder), 2);
  // A reminder's two weeks never end before the deadline of Art. 12(3) (say, one the company
  // extended after the reminder): until that has passed, it is the one that counts.
  const due: DueDate =
    reminderDue !== undefined && compareIsoDates(reminderDue, statutory.date) > 0
      ? { date: reminderDue, rule: DEADLINE_RULES['reminder-two-weeks'] }
      : statutory;
  const overdue = compareIsoDates(today, due.date) > 0;
  const state: CaseState = reminder
    ? overdue
      ? 'reminder-overdue'
      : 'reminded'
    : overdue
      ? 'overdue'
      : 'awaiting-answer';
  const next: NextActionId = !overdue ? 'wait' : reminder ? 'complain' : 'send-reminder';
  return { state, submittedOn, due, next, daysLeft: daysBetween(today, due.date) };
}

/**
 * A web-form objection waiting for the confirmation e-mail: expected within about a day; after
 * two days without one, check the spam folder and simply object again through the form. No
 * answer is due under Art. 12(3) GDPR here (the form confirms; nothing asks for a reply).
 */
function webFormSummary(submittedOn: string, today: string): CaseSummary {
  const late = daysBetween(submittedOn, today) >= CONFIRMATION_DAYS;
  return late
    ? { state: 'no-confirmation', submittedOn, next: 'check-spam-resubmit' }
    : { state: 'awaiting-confirmation', submittedOn, next: 'expect-confirmation' };
}

/**
 * The deadline of Art. 12(3) GDPR for the last submission: one month, or as the company
 * extended it. An extension that belongs to an earlier submission is left out: one recorded
 * before this submission, or one whose date is not after this submission's one-month
 * deadline (an extension's date is the new deadline, so it may sort after the submission).
 */
function statutoryDueOf(since: readonly CaseEvent[], submitted: CaseEvent): DueDate {
  const submittedOn = eventDate(submitted);
  const oneMonth = addMonthsPeriod(submittedOn, 1);
  const extension = since
    .filter(
      (e) =>
        e.kind === 'deadline-extended' &&
        e.at >= submitted.at &&
        (e.date === undefined || compareIsoDates(e.date, oneMonth) > 0),
    )
    .at(-1);
  return extension !== undefined
    ? { date: extendedDue(submittedOn, extension), rule: DEADLINE_RULES['art-12-3-extended'] }
    : { date: oneMonth, rule: DEADLINE_RULES['art-12-3-one-month'] };
}

/**
 * The answer's due date under Art. 12(3) GDPR for the case's last submission (one month, or
 * as extended), ignoring reminders; undefined when nothing was sent.
 */
export function statutoryDue(c: Case): DueDate | undefined {
  const events = orderedEvents(c.events);
  const submitted = lastSubmission(events);
  return submitted && statutoryDueOf(events.slice(events.indexOf(submitted)), submitted);
}

function complainedSummary(complaint: CaseEvent, submitted: CaseEvent, today: string): CaseSummary {
  const due: DueDate = {
    date: addMonthsPeriod(eventDate(complaint), 3),
    rule: DEADLINE_RULES['art-78-2-three-months'],
  };
  const overdue = compareIsoDates(today, due.date) > 0;
  return {
    state: 'complained',
    submittedOn: eventDate(submitted),
    due,
    next: overdue ? 'authority-silent' : 'wait-for-authority',
    daysLeft: daysBetween(today, due.date),
  };
}

function withSubmitted(
  summary: { state: CaseState; next: NextActionId },
  submitted: CaseEvent | undefined,
): CaseSummary {
  return submitted === undefined ? summary : { ...summary, submittedOn: eventDate(submitted) };
}

function latestAnswer(events: readonly CaseEvent[]): { reply: ReplyKind } | undefined {
  const answers = events.filter(
    (e) => e.kind === 'confirmation-received' || e.kind === 'reply-received',
  );
  const latest = answers.at(-1);
  if (latest === undefined) return undefined;
  return {
    reply: latest.kind === 'confirmation-received' ? 'accepted' : (latest.reply ?? 'other'),
  };
}

function answerState(reply: ReplyKind): { state: CaseState; next: NextActionId } {
  switch (reply) {
    case 'accepted':
      return { state: 'confirmed', next: 'keep-proof' };
    case 'asks-for-reason':
      return { state: 'asks-for-reason', next: 'resubmit-with-grounds' };
    case 'asks-for-id':
      return { state: 'asks-for-id', next: 'answer-id-request' };
    case 'rejected':
      return { state: 'rejected', next: 'escalate-rejection' };
    default:
      return { state: 'answered', next: 'review-answer' };
  }
}

/**
 * The days an extended deadline may fall on (Art. 12(3), second sentence, GDPR): after the
 * original one-month due date and at most two further months, i.e. three months after
 * receipt. Undefined while the case has no submission to count from.
 *
 * @example extensionRange(c) // submitted 2026-01-10 → { earliest: '2026-02-11', latest: '2026-04-10' }
 */
export function extensionRange(c: Case): { earliest: string; latest: string } | undefined {
  const sent = submittedOn(c);
  if (sent === undefined) return undefined;
  const oneMonth = parseIsoDate(addMonthsPeriod(sent, 1));
  return {
    earliest: formatIsoDate(addDays(oneMonth, 1)),
    latest: addMonthsPeriod(sent, 3),
  };
}

/** The extended deadline: the date the company named, but never later than three months. */
function extendedDue(submittedOn: string, extension: CaseEvent): string {
  const limit = addMonthsPeriod(submittedOn, 3);
  const named = extension.date;
  return named !== undefined && compareIsoDates(named, limit) < 0 ? named : limit;
}

/** An access or erasure request sent for the case, with the answer's due date. */
export interface RequestDeadline {
  readonly kind: 'access-requested' | 'erasure-requested';
  /** The day the request was sent (the event's date). */
  readonly sentOn: string;
  /** One month after it, as the request letter states (Art. 12(3) GDPR). */
  readonly due: DueDate;
  /** Days until the due date (negative when it has passed). */
  readonly daysLeft: number;
}

/**
 * The due dates of the access and erasure requests sent for a case (the last of each kind):
 * the company must answer within one month (Art. 12(3) GDPR applies to requests under
 * Articles 15 to 22), which is what the request letters state. They are facts to know and to
 * put in the calendar; whether an answer came is not recorded, so they never make a case
 * urgent. A closed case has none.
 */
export function requestDeadlines(c: Case, today: string): RequestDeadline[] {
  const events = orderedEvents(c.events);
  if (events.some((e) => e.kind === 'closed')) return [];
  const out: RequestDeadline[] = [];
  for (const kind of ['access-requested', 'erasure-requested'] as const) {
    const request = events.filter((e) => e.kind === kind).at(-1);
    if (request === undefined) continue;
    const sentOn = eventDate(request);
    const date = addMonthsPeriod(sentOn, 1);
    out.push({
      kind,
      sentOn,
      due: { date, rule: DEADLINE_RULES['art-12-3-one-month'] },
      daysLeft: daysBetween(today, date),
    });
  }
  return out;
}

/**
 * A case's running due dates, the objection's and those of its requests, or undefined when
 * none runs: what a calendar file holds for the case.
 */
export function runningDates(
  c: Case,
  today: string,
): { readonly due?: DueDate; readonly requests: readonly RequestDeadline[] } | undefined {
  const due = summarizeCase(c, today).due;
  const requests = requestDeadlines(c, today);
  if (due === undefined && requests.length === 0) return undefined;
  return { ...(due ? { due } : {}), requests };
}

/** The day the company asked for proof of identity, while that is the case's state. */
export function identityRequestedOn(c: Case, summary: CaseSummary): string | undefined {
  if (summary.state !== 'asks-for-id') return undefined;
  const reply = orderedEvents(c.events)
    .filter((e) => e.kind === 'reply-received' && e.reply === 'asks-for-id')
    .at(-1);
  return reply && eventDate(reply);
}

/** Whether a case needs the person to act now (a deadline passed, or an answer needs a reaction). */
export function needsAttention(summary: CaseSummary): boolean {
  return [
    'no-confirmation',
    'overdue',
    'reminder-overdue',
    'rejected',
    'asks-for-reason',
    'asks-for-id',
    'answered',
  ].includes(summary.state);
}

/**
 * Cases sorted so that what needs attention comes first, then objections not sent yet, then
 * the soonest due date.
 */
export function sortByAttention(cases: readonly Case[], today: string): Case[] {
  // Each case is summarized once, not once per comparison.
  const ranked = cases.map((c) => {
    const s = summarizeCase(c, today);
    // Then objections not sent yet (drafts: something to do, not urgent), then running ones.
    const rank = needsAttention(s) ? 0 : s.state === 'draft' ? 1 : s.due ? 2 : 3;
    return { c, rank, due: s.due?.date ?? '9999-12-31' };
  });
  ranked.sort(
    (a, b) =>
      a.rank - b.rank || a.due.localeCompare(b.due) || b.c.createdAt.localeCompare(a.c.createdAt),
  );
  return ranked.map((r) => r.c);
}

/** The next action in words, in every language. */
export const NEXT_ACTION_TEXT = caseTextByKey((t) => t.next);
