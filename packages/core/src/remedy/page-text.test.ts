import { LOCALES } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import { remedyPage } from './remedy-page.js';

const catalog = bundledCatalog();

describe('remedies page in every language', () => {
  it('titles every route in each language, each language its own', () => {
    const titles = LOCALES.map((l) => remedyPage(catalog, 'facebook', l, '2027-05-01')?.routes);
    for (const routes of titles)
      expect(routes?.map((r) => r.title.length > 0)).not.toContain(false);
    const complaint = titles.map((routes) => routes?.find((r) => r.id === 'complaint')?.title);
    expect(new Set(complaint).size).toBe(LOCALES.length);
  });

  it('fills in the company and cites the GDPR in French and Polish', () => {
    const fr = remedyPage(catalog, 'facebook', 'fr', '2027-05-01');
    const injunction = fr?.routes.find((r) => r.id === 'injunction');
    expect(injunction?.text).toContain('interdire provisoirement à Meta');
    const complaint = fr?.routes.find((r) => r.id === 'complaint');
    expect(complaint?.text).toContain('article 77 du RGPD');
    expect(complaint?.facts.map((f) => f.text).join(' ')).toContain('règlement (UE) 2025/2518');
    const pl = remedyPage(catalog, 'facebook', 'pl', '2027-05-01');
    expect(pl?.routes.find((r) => r.id === 'complaint')?.text).toContain('art. 77 RODO');
  });
});
