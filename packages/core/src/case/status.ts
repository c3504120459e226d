import type { Case, CaseEvent } from './model.js';

/** Where a case stands, derived from its events. */
export type CaseStatus = 'draft' | 'submitted' | 'confirmed' | 'closed';

/**
 * The events of a case in the order they happened: by the day the person gave (else the
 * day recorded), then by recording time, then by id — a total order, so merged copies agree.
 */
export function orderedEvents(events: readonly CaseEvent[]): CaseEvent[] {
  const day = (e: CaseEvent) => e.date ?? e.at.slice(0, 10);
  return [...events].sort(
    (a, b) =>
      day(a).localeCompare(day(b)) || compareTimestamps(a.at, b.at) || a.id.localeCompare(b.id),
  );
}

/** The status of a case: closed, confirmed, submitted, or still a draft. */
export function caseStatus(c: Case): CaseStatus {
  const kinds = new Set(c.events.map((e) => e.kind));
  if (kinds.has('closed')) return 'closed';
  if (kinds.has('confirmation-received')) return 'confirmed';
  if (kinds.has('submitted')) return 'submitted';
  return 'draft';
}

/** The day the objection was sent (the event's date, else the day it was recorded). */
export function submittedOn(c: Case): string | undefined {
  const event = orderedEvents(c.events).find((e) => e.kind === 'submitted');
  return event === undefined ? undefined : (event.date ?? event.at.slice(0, 10));
}

/** The day the confirmation came, if recorded. */
export function confirmedOn(c: Case): string | undefined {
  const event = orderedEvents(c.events).find((e) => e.kind === 'confirmation-received');
  return event === undefined ? undefined : (event.date ?? event.at.slice(0, 10));
}

function compareTimestamps(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return ta === tb ? 0 : ta < tb ? -1 : 1;
}
