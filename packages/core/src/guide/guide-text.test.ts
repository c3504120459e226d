import { LOCALES } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import { buildGuide } from './build-guide.js';
import { guideText } from './guide-text.js';
import { GUIDE_STEP_KINDS, TASK_TAKES_TEXT } from './step-kinds.js';

const catalog = bundledCatalog();

function guide(platform: string, locale: (typeof LOCALES)[number]) {
  const result = buildGuide(catalog, { platform, locale, device: 'mobile' });
  if (!result.ok) throw new Error(result.problems[0]?.code);
  return result.value;
}

describe('guide text in every language', () => {
  it('gives each language its own wording for every step title', () => {
    const titles = LOCALES.map((l) => guideText(l).openForm.title);
    expect(new Set(titles).size).toBe(LOCALES.length);
    for (const locale of LOCALES) {
      for (const s of guide('facebook', locale).steps) expect(s.title.trim()).not.toBe('');
    }
  });

  it('writes the Facebook guide in French and Polish', () => {
    const fr = guide('facebook', 'fr');
    expect(fr.steps.find((s) => s.id === 'open-form')?.title).toBe('Ouvrir le formulaire officiel');
    expect(fr.locale).toBe('fr');
    const pl = guide('facebook', 'pl');
    expect(pl.steps.find((s) => s.id === 'enter')?.title).toBe('Wypełnienie i wysłanie formularza');
  });

  it('marks catalog facts shown in English for a language without a translation', () => {
    const g = guide('facebook', 'pl');
    const facts = g.steps.flatMap((s) => s.facts);
    for (const fact of [g.summary, ...facts]) {
      if (fact.lang !== undefined) expect(fact.lang).toBe('en');
    }
    expect(guide('facebook', 'de').summary.lang).toBeUndefined();
  });

  it('names the language of menu labels documented in another language', () => {
    const g = guide('instagram', 'fr');
    const inApp = g.steps.find((s) => s.id === 'in-app');
    expect(g.inAppRoutes.length).toBeGreaterThan(0);
    expect(inApp?.paragraphs.some((p) => /libellés de menu en (anglais|allemand)/.test(p))).toBe(
      true,
    );
  });
});

describe('guide step kinds', () => {
  it('puts the way to the form before the text and the rest after it', () => {
    const g = guide('facebook', 'de');
    expect(g.task).toBe('form');
    expect(TASK_TAKES_TEXT[g.task]).toBe(true);
    const parts = Object.fromEntries(g.steps.map((s) => [s.id, s.part]));
    expect(parts).toMatchObject({
      'open-form': 'before-text',
      'in-app': 'before-text',
      enter: 'with-text',
      after: 'after-text',
      coverage: 'after-text',
    });
    for (const s of g.steps) expect(s.part).toBe(GUIDE_STEP_KINDS[s.id].part);
  });

  it('gives a platform without a route nothing to do, and one with only a setting a toggle', () => {
    const tasks = catalog.platforms.map((p) => guide(p.id, 'en').task);
    expect(tasks).toContain('form');
    for (const p of catalog.platforms) {
      const g = guide(p.id, 'en');
      const ids = g.steps.map((s) => s.id);
      if (g.task === 'toggle') {
        expect(g.form).toBeUndefined();
        expect(ids.filter((id) => id === 'email' || id === 'letter')).toEqual([]);
      }
      if (p.aiTraining.status === 'not-training' && p.channels.length === 0) {
        expect(g.task).toBe('nothing');
      }
    }
  });
});

describe('settings documented with labels in another language', () => {
  it('says in which language the labels of a setting are given', () => {
    const withToggle = catalog.platforms.find((p) =>
      p.channels.some((c) => c.kind === 'setting-toggle' && c.paths.length > 0),
    );
    if (withToggle === undefined) throw new Error('no platform with a setting');
    const step = guide(withToggle.id, 'nl').steps.find((s) => s.id === 'toggle');
    expect(step?.routes.length).toBeGreaterThan(0);
    expect(step?.paragraphs.some((p) => /met (Engelse|Duitse) menunamen/.test(p))).toBe(true);
    const de = guide(withToggle.id, 'de').steps.find((s) => s.id === 'toggle');
    const germanLabels = de?.routes.every((r) => r.locale === 'de') ?? false;
    if (germanLabels) expect(de?.paragraphs.some((p) => p.includes('Menünamen'))).toBe(false);
  });
});
