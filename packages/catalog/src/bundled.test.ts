import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled.js';
import { checkCatalog } from './check.js';
import { bundledRecords } from './generated/bundled-records.js';

describe('bundledCatalog', () => {
  it('is the catalog that checking the bundled records gives, without checking them again', () => {
    const checked = checkCatalog(bundledRecords, { today: '9999-12-31' });
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues.slice(0, 3)));
    expect(bundledCatalog()).toEqual(checked.catalog);
    expect(bundledCatalog().platforms.map((p) => p.id)).toContain('facebook');
    expect(bundledCatalog()).toBe(bundledCatalog());
  });
});
