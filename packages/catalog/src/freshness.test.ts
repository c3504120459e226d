import { describe, expect, it } from 'vitest';
import { type Catalog, checkCatalog } from './check.js';
import { DEFAULT_STALE_DAYS, daysBetween, staleRecords } from './freshness.js';
import { catalogFixture } from './testing/fixtures.js';

function catalog(change?: (files: { file: string; data: any }[]) => void): Catalog {
  const files = catalogFixture() as { file: string; data: any }[];
  change?.(files);
  const result = checkCatalog(files, { today: '2026-12-06' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.catalog;
}

describe('staleRecords', () => {
  it('lists records verified more than N days before today, oldest first', () => {
    const c = catalog((files) => {
      files[0]!.data.verified = '2026-01-01';
      files[1]!.data.verified = '2026-05-01';
    });
    const stale = staleRecords(c, { today: '2026-12-06', days: 180 });
    expect(stale.map((r) => [r.kind, r.id, r.verified, r.ageDays])).toEqual([
      ['controller', 'example-controller', '2026-01-01', 339],
      ['platform', 'example', '2026-05-01', 219],
    ]);
  });

  it('leaves out records exactly N days old and younger ones', () => {
    const c = catalog((files) => {
      files[0]!.data.verified = '2026-06-09';
      files[1]!.data.verified = '2026-12-06';
    });
    expect(daysBetween('2026-06-09', '2026-12-06')).toBe(180);
    expect(staleRecords(c, { today: '2026-12-06', days: 180 })).toEqual([]);
    expect(staleRecords(c, { today: '2026-12-06', days: 179 }).map((r) => r.id)).toEqual([
      'example-controller',
    ]);
  });

  it('takes today from the caller, not from a clock', () => {
    const c = catalog((files) => {
      files[0]!.data.verified = '2026-01-01';
      files[1]!.data.verified = '2026-01-01';
    });
    expect(staleRecords(c, { today: '2026-01-02', days: 0 }).map((r) => r.ageDays)).toEqual([1, 1]);
    expect(staleRecords(c, { today: '2026-01-01', days: 0 })).toEqual([]);
  });

  it('defaults to 180 days', () => {
    expect(DEFAULT_STALE_DAYS).toBe(180);
  });
});
