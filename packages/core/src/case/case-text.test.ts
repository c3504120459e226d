import { LOCALES } from '@widerspruch/catalog';
import { describe, expect, it } from 'vitest';
import { caseWith } from '../testing/case-fixture.js';
import { caseText } from './case-text.js';
import { CASE_STATE_TEXT, EVENT_KIND_TEXT } from './labels.js';
import { whatNext } from './reactor.js';
import { NEXT_ACTION_TEXT, summarizeCase } from './state.js';

describe('case wording', () => {
  it('has every label in every language, each language its own', () => {
    const tables = [
      [CASE_STATE_TEXT, Object.keys(caseText('de').state)],
      [EVENT_KIND_TEXT, Object.keys(caseText('de').event)],
      [NEXT_ACTION_TEXT, Object.keys(caseText('de').next)],
    ] as const;
    for (const [table, keys] of tables) {
      expect(keys.length).toBeGreaterThan(4);
      for (const key of keys) {
        const texts = (table as Record<string, Record<string, string>>)[key];
        expect(Object.keys(texts ?? {}).sort()).toEqual([...LOCALES].sort());
        for (const text of Object.values(texts ?? {})) expect(text.trim()).not.toBe('');
      }
    }
    expect(new Set(LOCALES.map((l) => caseText(l).state.overdue)).size).toBe(LOCALES.length);
  });

  it('cites the GDPR as each language does', () => {
    expect(caseText('fr').step.complaint).toContain('article 77 du RGPD');
    expect(caseText('es').step.complaint).toContain('artículo 77 del RGPD');
    expect(caseText('it').step.complaint).toContain('articolo 77 del RGPD');
    expect(caseText('nl').step.complaint).toContain('artikel 77 AVG');
    expect(caseText('pl').step.complaint).toContain('art. 77 RODO');
  });

  it('titles a situation ahead of time in the asked language', () => {
    const c = caseWith({ id: 's', kind: 'submitted', date: '2026-03-10' });
    const [first] = whatNext(summarizeCase(c, '2026-03-20'));
    expect(first?.ahead).toBe(true);
    expect(first?.title.pl).toBe(caseText('pl').ahead['no-answer']);
    expect(first?.steps[0]?.text.fr).toBe(caseText('fr').step.reminder);
  });
});
