import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import {
  controllersOf,
  META_SUMMARY_IDS,
  platformSummary,
  serviceEntries,
  startIndex,
} from './catalog-index.js';

const catalog = bundledCatalog();

/** Every source id a value cites, found the way the records cite them. */
function cited(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(cited);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'sources' && Array.isArray(v) ? v.filter((s) => typeof s === 'string') : cited(v),
  );
}

describe('startIndex', () => {
  const index = startIndex(catalog);

  it('names every platform and summarises Facebook and Instagram, in that order', () => {
    expect(Object.keys(index.names).sort()).toEqual(catalog.platforms.map((p) => p.id).sort());
    expect(index.names.facebook).toBe('Facebook');
    expect(index.meta.map((p) => p.id)).toEqual([...META_SUMMARY_IDS]);
  });

  it('keeps exactly the sources the summary cites, and the summary as authored', () => {
    for (const summary of index.meta) {
      const record = catalog.platforms.find((p) => p.id === summary.id);
      expect(record).toBeDefined();
      if (!record) continue;
      const ids = new Set(cited(summary.aiTraining));
      expect(ids.size).toBeGreaterThan(0);
      expect(summary.sources.map((s) => s.id).sort()).toEqual(
        record.sources
          .filter((s) => ids.has(s.id))
          .map((s) => s.id)
          .sort(),
      );
      expect(summary.aiTraining.summary).toEqual(record.aiTraining.summary);
      expect(summary.aiTraining.objectionCovers).toEqual(record.aiTraining.objectionCovers);
      expect(summary.verified).toBe(record.verified);
    }
  });

  it('is much smaller than the records it summarises', () => {
    const size = (v: unknown) => JSON.stringify(v).length;
    const records = catalog.platforms.filter((p) => index.names[p.id] !== undefined);
    expect(size(index) * 10).toBeLessThan(size(records));
  });

  it('carries the records of announced starts only', () => {
    const announced = {
      ...catalog,
      platforms: catalog.platforms.map((p) =>
        p.id === 'zoom'
          ? {
              ...p,
              aiTraining: { ...p.aiTraining, status: 'announced' as const, since: '2031-01-01' },
            }
          : p,
      ),
    };
    expect(startIndex(catalog).announced.map((p) => p.id)).toEqual(
      catalog.platforms.filter((p) => p.aiTraining.status === 'announced').map((p) => p.id),
    );
    expect(startIndex(announced).announced.map((p) => p.id)).toContain('zoom');
  });

  it('summarises a platform without a start date without one', () => {
    const facebook = catalog.platforms.find((p) => p.id === 'facebook');
    if (!facebook) throw new Error('facebook missing');
    const { since: _since, ...rest } = facebook.aiTraining;
    expect('since' in platformSummary({ ...facebook, aiTraining: rest }).aiTraining).toBe(false);
  });
});

describe('serviceEntries', () => {
  it('lists every platform with its company, status and headline in the language', () => {
    const de = serviceEntries(catalog, 'de');
    const en = serviceEntries(catalog, 'en');
    expect(de.map((s) => s.id)).toEqual(catalog.platforms.map((p) => p.id));
    const facebook = de.find((s) => s.id === 'facebook');
    expect(facebook?.company.shortName).toBe('Meta');
    expect(facebook?.status).toBe('training');
    expect(facebook?.headline?.lang).toBe('de');
    expect(en.find((s) => s.id === 'facebook')?.headline).toEqual({
      text: catalog.platforms.find((p) => p.id === 'facebook')?.aiTraining.headline?.en,
      lang: 'en',
    });
  });

  it('shows English, marked as such, where a language has no translation', () => {
    const fr = serviceEntries(catalog, 'fr').find((s) => s.id === 'facebook');
    expect(fr?.headline?.lang).toBe('en');
    const merged = {
      ...catalog,
      platforms: catalog.platforms.map((p) =>
        p.id === 'facebook' && p.aiTraining.headline
          ? {
              ...p,
              aiTraining: {
                ...p.aiTraining,
                headline: { ...p.aiTraining.headline, fr: 'contenus publics des adultes' },
              },
            }
          : p,
      ),
    };
    expect(serviceEntries(merged, 'fr').find((s) => s.id === 'facebook')?.headline).toEqual({
      text: 'contenus publics des adultes',
      lang: 'fr',
    });
  });
});

describe('controllersOf', () => {
  it('names the own controller and only controllers the catalog has', () => {
    const known = new Set(catalog.controllers.map((c) => c.id));
    for (const platform of catalog.platforms) {
      const ids = controllersOf(platform);
      expect(ids).toContain(platform.controller);
      for (const id of ids) expect(known.has(id)).toBe(true);
    }
  });

  it('finds a controller named deep inside a record', () => {
    const facebook = catalog.platforms.find((p) => p.id === 'facebook');
    if (!facebook) throw new Error('facebook missing');
    const nested = { ...facebook, notes: [{ route: { controller: 'openai-ireland' } }] };
    expect(controllersOf(nested as unknown as typeof facebook)).toEqual(
      ['meta-platforms-ireland', 'openai-ireland'].sort(),
    );
  });
});
