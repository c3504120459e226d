import type { LocalizedText } from '@widerspruch/catalog';
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

/** The fields a person can recognise, in words. */
const FIELD_TEXT: Readonly<Record<string, LocalizedText>> = {
  platform: { de: 'Dienst', en: 'service' },
  account: { de: 'Konto', en: 'account' },
  profile: { de: 'Person', en: 'person' },
  createdAt: { de: 'angelegt am', en: 'created on' },
  name: { de: 'Name', en: 'name' },
  kind: { de: 'Art', en: 'kind' },
  date: { de: 'Datum', en: 'date' },
  at: { de: 'Zeitpunkt', en: 'time' },
  note: { de: 'Notiz', en: 'note' },
  reply: { de: 'Antwort', en: 'reply' },
  evidence: { de: 'Nachweis', en: 'evidence' },
};

/**
 * One conflict in words, such as "Fall instagram · anna@example.org [id] (Konto)": the id
 * in brackets, so that the record can be found in the file.
 */
export function conflictText(conflict: ImportConflict): LocalizedText {
  const fields = (lang: 'de' | 'en') =>
    conflict.fields.map((f) => FIELD_TEXT[f]?.[lang] ?? f).join(', ');
  const who = conflict.label ? `${conflict.label} [${conflict.id}]` : conflict.id;
  switch (conflict.record) {
    case 'profile':
      return { de: `Person ${who} (${fields('de')})`, en: `person ${who} (${fields('en')})` };
    case 'case':
      return { de: `Fall ${who} (${fields('de')})`, en: `case ${who} (${fields('en')})` };
    case 'event':
      return {
        de: `ein Ereignis im Fall ${who} (${fields('de')})`,
        en: `an event in case ${who} (${fields('en')})`,
      };
  }
}

/**
 * What a person reads when an import was refused for conflicts: that nothing was changed,
 * which records differ (the first `shown` of them), and what to do.
 */
export function conflictsMessage(conflicts: readonly ImportConflict[], shown = 10): LocalizedText {
  const list = conflicts.slice(0, shown).map(conflictText);
  const more = conflicts.length - list.length;
  const de = list.map((x) => x.de).join('; ') + (more > 0 ? `; und ${more} weitere` : '');
  const en = list.map((x) => x.en).join('; ') + (more > 0 ? `; and ${more} more` : '');
  return {
    de: `Die Sicherung enthält ${conflicts.length === 1 ? 'einen Eintrag' : `${conflicts.length} Einträge`} mit derselben Nummer wie gespeicherte, aber anderem Inhalt: ${de}. Gespeichertes wird nie überschrieben, deshalb wurde nichts eingelesen und nichts geändert. Prüfen Sie, ob die Sicherung zu diesen Daten gehört.`,
    en: `The backup holds ${conflicts.length === 1 ? 'a record' : `${conflicts.length} records`} with the id of a stored one but different content: ${en}. Stored data is never overwritten, so nothing was imported and nothing changed. Check whether the backup belongs to this data.`,
  };
}
