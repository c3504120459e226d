import { type Catalog, findPlatform, type Platform } from '@widerspruch/catalog';
import { closestMatch } from './util/closest.js';
import { fail, ok, type Result } from './util/result.js';

/**
 * The platform with this id, or a problem that names the closest id and lists all ids.
 */
export function lookupPlatform(catalog: Catalog, id: string): Result<Platform, 'unknown-platform'> {
  const platform = findPlatform(catalog, id);
  if (platform !== undefined) return ok(platform);
  const ids = catalog.platforms.map((p) => p.id);
  if (id.trim() === '')
    return fail('unknown-platform', {
      de: `Bitte nennen Sie eine Plattform. Verfügbar: ${ids.join(', ')}.`,
      en: `Please name a platform. Available: ${ids.join(', ')}.`,
    });
  const guess = closestMatch(id, ids);
  return fail('unknown-platform', {
    de: `Die Plattform „${id}“ ist nicht im Katalog.${guess ? ` Meinten Sie „${guess}“?` : ''} Verfügbar: ${ids.join(', ')}.`,
    en: `The platform "${id}" is not in the catalog.${guess ? ` Did you mean "${guess}"?` : ''} Available: ${ids.join(', ')}.`,
  });
}
