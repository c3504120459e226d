import type { Locale } from '@widerspruch/catalog';
import { conflictLine, problemInEveryLocale } from '../problem/core-problem.js';
import { inEveryLanguage } from '../text/core-text.js';
import type { Case, CaseEvent, Profile } from './model.js';

/**
 * A record in an import that has the id of a stored one but different content. Records are
 * never overwritten: an import that holds one is refused before anything is written.
 */
export interface ImportConflict {
  readonly record: 'profile' | 'case' | 'event';
  /** The id of the case (for `case` and `event`) or of the profile. */
  readonly id: string;
  /** For `event`: the event's id. */
  readonly eventId?: string;
  /** The fields that differ, such as `account` or `date`. */
  readonly fields: readonly string[];
  /** How a person recognises the stored record: "instagram · anna@example.org", a name. */
  readonly label?: string;
}

/** An import refused because it would change stored records; nothing was written. */
export class ImportConflictError extends Error {
  constructor(readonly conflicts: readonly ImportConflict[]) {
    super(`the import would change ${conflicts.length} stored record(s); nothing was written`);
    this.name = 'ImportConflictError';
  }
}

/** The fields of a case header (everything but its events). */
const CASE_FIELDS = ['platform', 'account', 'profile', 'createdAt'] as const;

/** Keys whose values differ between two records, compared as JSON. */
function differingFields(a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const at = (o: object, k: string) => JSON.stringify((o as Record<string, unknown>)[k]);
  return [...keys].filter((k) => at(a, k) !== at(b, k)).sort();
}

/**
 * The conflicts between stored records and incoming ones: a profile, a case header or an
 * event with a known id and different content. Events new to a case are not conflicts;
 * they are merged by union, as two copies of a case always are.
 */
export function importConflicts(
  stored: { readonly profiles: readonly Profile[]; readonly cases: readonly Case[] },
  incoming: { readonly profiles: readonly Profile[]; readonly cases: readonly Case[] },
): ImportConflict[] {
  const conflicts: ImportConflict[] = [];
  const profiles = new Map(stored.profiles.map((p) => [p.id, p]));
  for (const p of incoming.profiles) {
    const known = profiles.get(p.id);
    const fields = known === undefined ? [] : differingFields(known, p);
    if (fields.length > 0 && known)
      conflicts.push({ record: 'profile', id: p.id, fields, label: known.name });
  }
  const cases = new Map(stored.cases.map((c) => [c.id, c]));
  for (const c of incoming.cases) {
    const known = cases.get(c.id);
    if (known === undefined) continue;
    conflicts.push(...caseConflicts(known, c));
  }
  return conflicts;
}

/** Conflicts between two copies of one case (same id). */
export function caseConflicts(known: Case, other: Case): ImportConflict[] {
  const conflicts: ImportConflict[] = [];
  const label = `${known.platform} · ${known.account || '–'}`;
  const header = CASE_FIELDS.filter((f) => known[f] !== other[f]);
  if (header.length > 0) conflicts.push({ record: 'case', id: known.id, fields: header, label });
  const events = new Map<string, CaseEvent>(known.events.map((e) => [e.id, e]));
  for (const e of other.events) {
    const mine = events.get(e.id);
    const fields = mine === undefined ? [] : differingFields(mine, e);
    if (fields.length > 0)
      conflicts.push({ record: 'event', id: known.id, eventId: e.id, fields, label });
  }
  return conflicts;
}

/**
 * One conflict in words, in every language, such as "Fall instagram · anna@example.org [id]
 * (Konto)": the id in brackets, so that the record can be found in the file.
 */
export function conflictText(conflict: ImportConflict): Readonly<Record<Locale, string>> {
  return inEveryLanguage((locale) => conflictLine(conflict, locale));
}

/**
 * What a person reads when an import was refused for conflicts, in every language: that
 * nothing was changed, which records differ (the first ten of them), and what to do.
 */
export function conflictsMessage(
  conflicts: readonly ImportConflict[],
): Readonly<Record<Locale, string>> {
  return problemInEveryLocale({ code: 'conflicts', conflicts });
}
