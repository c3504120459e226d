import type { Case, CaseEvent } from './model.js';
import { orderedEvents } from './status.js';

/**
 * Merges two copies of the same case: the union of their events by id. Idempotent,
 * commutative and associative, so copies from several devices converge.
 */
export function mergeCase(a: Case, b: Case): Case {
  if (a.id !== b.id) throw new Error(`cannot merge different cases ${a.id} and ${b.id}`);
  const byId = new Map<string, CaseEvent>();
  for (const event of [...a.events, ...b.events]) {
    const known = byId.get(event.id);
    byId.set(event.id, known === undefined ? event : pickStable(known, event));
  }
  const first = pickStable({ ...a, events: [] }, { ...b, events: [] });
  return { ...first, events: orderedEvents([...byId.values()]) };
}

/** Merges two lists of cases by case id. */
export function mergeCaseLists(a: readonly Case[], b: readonly Case[]): Case[] {
  const byId = new Map<string, Case>();
  for (const c of [...a, ...b]) {
    const known = byId.get(c.id);
    byId.set(
      c.id,
      known === undefined ? { ...c, events: orderedEvents(c.events) } : mergeCase(known, c),
    );
  }
  return [...byId.values()].sort(
    (x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id),
  );
}

// Events are immutable, so two events with one id should be equal; if a buggy client
// wrote different content, pick deterministically so that merging stays commutative.
function pickStable<T>(x: T, y: T): T {
  return JSON.stringify(x) <= JSON.stringify(y) ? x : y;
}
