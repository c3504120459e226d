import { type Catalog, type CatalogCheckResult, checkCatalog } from './check.js';
import { bundledRecords } from './generated/bundled-records.js';
import { formatCatalogIssue } from './issues.js';

let cached: Catalog | undefined;

/**
 * The catalog shipped with this build (generated from `data/` by `npm run build`).
 * Dates are not checked against a clock here; `catalog check` does that.
 */
export function bundledCatalog(): Catalog {
  if (cached) return cached;
  const result: CatalogCheckResult = checkCatalog(bundledRecords, { today: '9999-12-31' });
  if (!result.ok) {
    const lines = result.issues.map(formatCatalogIssue).join('\n');
    throw new Error(`The bundled catalog is invalid; run "npm run catalog:check".\n${lines}`);
  }
  cached = result.catalog;
  return cached;
}
