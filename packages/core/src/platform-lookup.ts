import { type Catalog, findPlatform, type Platform } from '@widerspruch/catalog';
import { refuse } from './problem/core-problem.js';
import { closestMatch } from './util/closest.js';
import { ok, type Result } from './util/result.js';

/**
 * The platform with this id, or a problem that names the closest id and lists all ids.
 */
export function lookupPlatform(catalog: Catalog, id: string): Result<Platform, 'unknown-platform'> {
  const platform = findPlatform(catalog, id);
  if (platform !== undefined) return ok(platform);
  const ids = catalog.platforms.map((p) => p.id);
  if (id.trim() === '') return refuse('unknown-platform', { code: 'no-platform', available: ids });
  const guess = closestMatch(id, ids);
  return refuse('unknown-platform', {
    code: 'unknown-platform',
    id,
    ...(guess === undefined ? {} : { guess }),
    available: ids,
  });
}
