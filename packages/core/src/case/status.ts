import type { Case, CaseEvent } from './model.js';

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

/**
 * The day the confirmation of the last submission came, if recorded (one for an earlier
 * sending does not confirm an objection sent again, say after a policy change).
 */
export function confirmedOn(c: Case): string | undefined {
  const events = orderedEvents(c.events);
  const sent = events.findLastIndex((e) => e.kind === 'submitted');
  const event = events.slice(Math.max(sent, 0)).find((e) => e.kind === 'confirmation-received');
  return event === undefined ? undefined : (event.date ?? event.at.slice(0, 10));
}

function compareTimestamps(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return ta === tb ? 0 : ta < tb ? -1 : 1;
}
