import { repairMojibake } from '../mojibake.js';

/** Small readers for untrusted parsed JSON: each returns undefined for the wrong type. */

/** A plain object, or undefined. */
export function obj(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** An array (empty for anything else). */
export function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty string, or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A finite number, or undefined. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Tells a record itself from an object that wraps a list of records. */
export type IsRecord = (o: Record<string, unknown>) => boolean;

/**
 * The array under the first of `keys` present, else the value itself if it is an array;
 * a single record written as a bare object (Meta does so for one item) is a list of one.
 */
export function listUnder(
  value: unknown,
  keys: readonly string[],
  isRecord?: IsRecord,
): readonly unknown[] {
  if (Array.isArray(value)) return value;
  const o = obj(value);
  if (!o) return [];
  for (const key of keys) if (Array.isArray(o[key])) return o[key] as unknown[];
  return isRecord?.(o) ? [o] : [];
}

/**
 * The first array among an object's values (for files whose key is not known for sure);
 * a bare object that `isRecord` accepts is a list of one.
 */
export function firstList(value: unknown, isRecord?: IsRecord): readonly unknown[] {
  if (Array.isArray(value)) return value;
  const o = obj(value);
  if (!o) return [];
  if (isRecord?.(o)) return [o];
  for (const v of Object.values(o)) if (Array.isArray(v)) return v;
  return [];
}

/**
 * The value of the first key of `o` that matches one of `names`, ignoring case and Meta's
 * mojibake in the key (`Medieneigent\u00c3\u00bcmer` matches "Medieneigentümer").
 */
export function pick(o: Record<string, unknown>, names: readonly string[]): unknown {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const [key, value] of Object.entries(o)) if (wanted.has(plainKey(key))) return value;
  return undefined;
}

/** A key or label as text to compare: mojibake repaired, lower case. */
export function plainKey(key: string): string {
  return repairMojibake(key).toLowerCase();
}
