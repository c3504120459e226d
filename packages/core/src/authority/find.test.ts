import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import { findAuthorities } from './find.js';

const catalog = bundledCatalog();
const meta = catalog.controllers.find((c) => c.id === 'meta-platforms-ireland');
if (meta === undefined) throw new Error('catalog incomplete');

const ids = (country?: string, region?: string) => {
  const finding = findAuthorities(catalog, meta, {
    ...(country ? { country } : {}),
    ...(region ? { region } : {}),
  });
  return { ids: finding.choices.map((c) => `${c.role}:${c.authority.id}`), finding };
};

describe('findAuthorities', () => {
  it('offers the Land authority where a German lives, then Hamburg (lead on Meta in Germany), then the DPC', () => {
    expect(ids('DE', 'BY').ids).toEqual([
      'local:de-by-baylda',
      'national-lead:de-hh-hmbbfdi',
      'lead:ie-dpc',
    ]);
    expect(ids('de', 'hh').ids).toEqual(['local:de-hh-hmbbfdi', 'lead:ie-dpc']);
  });

  it('offers the national authority elsewhere in the EEA, and the lead authority', () => {
    const { ids: at, finding } = ids('AT');
    expect(at).toEqual(['local:at-dsb', 'lead:ie-dpc']);
    expect(finding.recommended?.reason.de).toContain('Art. 77 Abs. 1 DSGVO');
    expect(finding.notice).toBeUndefined();
  });

  it('says so when the residence is missing, incomplete or outside the EEA', () => {
    const none = ids();
    expect(none.ids).toEqual(['lead:ie-dpc']);
    expect(none.finding.notice?.en).toContain('lead authority');
    const noLand = ids('DE');
    expect(noLand.ids).toEqual(['national-lead:de-hh-hmbbfdi', 'lead:ie-dpc']);
    expect(noLand.finding.notice?.de).toContain('Bundesland');
    const us = ids('US');
    expect(us.ids).toEqual(['lead:ie-dpc']);
    expect(us.finding.notice?.en).toContain('EU and EEA only');
  });

  it('covers every German Land with exactly one authority for companies', () => {
    const lands = catalog.authorities
      .filter((a) => a.level === 'state')
      .map((a) => a.region)
      .sort();
    expect(lands).toEqual([
      'BB',
      'BE',
      'BW',
      'BY',
      'HB',
      'HE',
      'HH',
      'MV',
      'NI',
      'NW',
      'RP',
      'SH',
      'SL',
      'SN',
      'ST',
      'TH',
    ]);
    const national = catalog.authorities
      .filter((a) => a.level === 'national')
      .map((a) => a.country);
    expect(national).toHaveLength(29);
    expect(new Set(national).size).toBe(29);
  });
});
