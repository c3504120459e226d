import type { Catalog } from './check.js';

/** The age in days after which a record's facts count as possibly out of date. */
export const DEFAULT_STALE_DAYS = 180;

/** A record whose facts were last verified longer ago than the limit. */
export interface StaleRecord {
  readonly kind: 'platform' | 'controller' | 'authority' | 'remedy';
  readonly id: string;
  readonly name: string;
  /** The record's `verified` date (YYYY-MM-DD). */
  readonly verified: string;
  /** Whole days between `verified` and today. */
  readonly ageDays: number;
}

/** Options for {@link staleRecords}. */
export interface StaleOptions {
  /** Today's date (YYYY-MM-DD) from the caller's clock. */
  readonly today: string;
  /** Records verified more than this many days before today are listed. */
  readonly days: number;
}

/**
 * The records of a catalog whose `verified` date lies more than `days` days before
 * `today`, oldest first (then by kind and id). No clock is read here: the caller passes today.
 */
export function staleRecords(catalog: Catalog, options: StaleOptions): StaleRecord[] {
  const all: StaleRecord[] = [
    ...catalog.platforms.map((r) => entry('platform', r.id, r.name, r.verified, options.today)),
    ...catalog.controllers.map((r) => entry('controller', r.id, r.name, r.verified, options.today)),
    ...catalog.authorities.map((r) => entry('authority', r.id, r.name, r.verified, options.today)),
    // Court cases and collective actions change too (a stay, a deadline to join).
    ...catalog.remedies.map((r) => entry('remedy', r.id, r.title.en, r.verified, options.today)),
  ];
  return all
    .filter((r) => r.ageDays > options.days)
    .sort(
      (a, b) => b.ageDays - a.ageDays || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id),
    );
}

function entry(
  kind: StaleRecord['kind'],
  id: string,
  name: string,
  verified: string,
  today: string,
): StaleRecord {
  return { kind, id, name, verified, ageDays: daysBetween(verified, today) };
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
