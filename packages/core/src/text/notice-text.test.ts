import { LOCALES } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import { findAuthorities } from '../authority/find.js';
import { DEADLINE_RULES } from '../deadline/rules.js';
import { lawInFluxNote } from '../law/law-in-flux.js';
import { staleNotice } from '../watch/policy-watch.js';
import { noticeText } from './notice-text.js';

describe('core notices in every language', () => {
  it('counts days with the plural forms of the language', () => {
    const before = (n: number) => noticeText('pl').watch.objectBefore('Meta', '27 maja 2025', n);
    expect(before(1)).toContain('(za 1 dzień)');
    expect(before(3)).toContain('(za 3 dni)');
    expect(before(12)).toContain('(za 12 dni)');
    expect(noticeText('fr').watch.objectBefore('Meta', '27 mai 2025', 1)).toContain('dans 1 jour)');
    expect(noticeText('fr').watch.objectBefore('Meta', '27 mai 2025', 2)).toContain('2 jours');
  });

  it('gives every deadline rule in every language, citing the GDPR as that language does', () => {
    for (const rule of Object.values(DEADLINE_RULES)) {
      expect(Object.keys(rule.text).sort()).toEqual([...LOCALES].sort());
    }
    const month = DEADLINE_RULES['art-12-3-one-month'].text;
    expect(month.fr).toContain('article 12, paragraphe 3, du RGPD');
    expect(month.pl).toContain('art. 12 ust. 3 RODO');
    expect(month.nl).toContain('artikel 12, lid 3, AVG');
  });

  it('dates the law-in-flux note and the freshness notice in the language', () => {
    expect(lawInFluxNote('fr').text).toContain('18 juin 2026');
    expect(lawInFluxNote('pl').text).toContain('18 czerwca 2026');
    expect(staleNotice('2026-01-01', 'it')).toContain('180 giorni');
  });

  it('explains each offered authority in every language', () => {
    const catalog = bundledCatalog();
    const meta = catalog.controllers.find((c) => c.id === 'meta-platforms-ireland');
    if (meta === undefined) throw new Error('no Meta controller');
    const found = findAuthorities(catalog, meta, { country: 'FR' });
    expect(found.recommended?.reason.fr).toContain('article 77, paragraphe 1, du RGPD');
    for (const choice of found.choices) {
      for (const locale of LOCALES) expect(choice.reason[locale].length).toBeGreaterThan(20);
    }
  });
});
