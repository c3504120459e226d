import '@widerspruch/core/all-texts';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { buildGuide } from '@widerspruch/core';
import { describe, expect, it } from 'vitest';
import { guideOf } from './guide.js';

describe('guideOf', () => {
  const catalog = bundledCatalog();
  const request = { platform: 'facebook', locale: 'de', device: 'mobile' } as const;

  it('builds the same guide as core, once per snapshot, language and device', () => {
    const first = guideOf(catalog, request);
    expect(first).toEqual(buildGuide(catalog, request));
    expect(guideOf(catalog, request)).toBe(first);
    expect(guideOf(catalog, { ...request, locale: 'fr' })).not.toBe(first);
    expect(guideOf(catalog, { ...request, device: 'desktop' })).not.toBe(first);
    // Another snapshot of the same records: the same guide.
    expect(guideOf({ ...catalog }, request)).toBe(first);
  });

  it('builds again when the platform or a controller it reads is another record', () => {
    const first = guideOf(catalog, request);
    const platforms = catalog.platforms.map((p) => (p.id === 'facebook' ? { ...p } : p));
    expect(guideOf({ ...catalog, platforms }, request)).not.toBe(first);
    const controllers = catalog.controllers.map((c) =>
      c.id === 'meta-platforms-ireland' ? { ...c, shortName: 'Meta (new)' } : c,
    );
    const again = guideOf({ ...catalog, controllers }, request);
    expect(again).not.toBe(first);
    expect(again.ok && again.value.controller.shortName).toBe('Meta (new)');
  });

  it('says an unknown platform is unknown', () => {
    expect(guideOf(catalog, { ...request, platform: 'nope' }).ok).toBe(false);
  });
});
