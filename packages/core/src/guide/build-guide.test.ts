import type { Locale } from '@widerspruch/catalog';
import { type CatalogFile, checkCatalog } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { catalogFixture } from '@widerspruch/catalog/testing';
import { describe, expect, it } from 'vitest';
import { problemText } from '../problem/core-problem.js';
import type { Problem } from '../util/result.js';
import { buildGuide } from './build-guide.js';

/** A problem in words (empty when there is none). */
const words = (p: Problem | undefined, locale: Locale): string =>
  p ? problemText(p.detail, locale) : '';

const catalog = bundledCatalog();

function guide(
  platform: string,
  locale: 'de' | 'en' = 'de',
  device: 'desktop' | 'mobile' = 'mobile',
) {
  const result = buildGuide(catalog, { platform, locale, device });
  if (!result.ok) throw new Error(words(result.problems[0], 'en'));
  return result.value;
}

describe('buildGuide (Meta catalog)', () => {
  it('orders the Facebook steps from the form to what does not work', () => {
    const ids = guide('facebook').steps.map((s) => s.id);
    expect(ids.slice(0, 4)).toEqual(['open-form', 'in-app', 'enter', 'after']);
    expect(ids).toContain('third-party');
    expect(ids.indexOf('coverage')).toBeLessThan(ids.indexOf('status-posts'));
    expect(ids.at(-1)).toBe('letter');
  });

  it('says what the objection does not cover, with sources', () => {
    const coverage = guide('instagram', 'en').steps.find((s) => s.id === 'coverage');
    expect(coverage?.sections).toHaveLength(2);
    const doesNot = coverage?.sections[1]?.facts ?? [];
    expect(doesNot.length).toBeGreaterThan(0);
    for (const fact of doesNot) expect(fact.sources[0]?.url).toMatch(/^https:\/\//);
  });

  it('shows both in-app routes, in the requested language where documented', () => {
    for (const locale of ['de', 'en'] as const) {
      for (const device of ['desktop', 'mobile'] as const) {
        const g = guide('instagram', locale, device);
        expect(g.inAppRoutes.map((r) => r.id)).toEqual([
          'privacy-policy-route',
          'privacy-center-route',
        ]);
        for (const route of g.inAppRoutes) {
          expect(route.exact).toBe(route.locale === locale && route.device === device);
        }
      }
    }
    expect(guide('facebook', 'de', 'mobile').inAppRoutes.every((r) => r.exact)).toBe(true);
    expect(guide('facebook', 'en', 'mobile').inAppRoutes.every((r) => r.locale === 'en')).toBe(
      true,
    );
  });

  it('says when a route is documented only in the other language', () => {
    const g = guide('instagram', 'en', 'mobile');
    const step = g.steps.find((s) => s.id === 'in-app');
    const germanOnly = g.inAppRoutes.some((r) => r.locale === 'de');
    expect(germanOnly).toBe(true);
    expect(step?.paragraphs.some((p) => p.includes('only with German menu labels'))).toBe(true);
  });

  it('marks uncertain facts and keeps the reason', () => {
    const g = guide('facebook');
    expect(g.form?.uncertain).toBeTruthy();
    expect(g.form?.alternates.length).toBeGreaterThan(0);
  });

  it('links the third-party form with its limits', () => {
    const step = guide('facebook').steps.find((s) => s.id === 'third-party');
    expect(step?.sections[0]?.links[0]?.url).toMatch(
      /^https:\/\/www\.facebook\.com\/help\/contact\//,
    );
    expect(step?.facts.length).toBeGreaterThan(0);
    expect(step?.sections[0]?.facts.length).toBeGreaterThan(0);
  });

  it('writes the controller address on the letter step', () => {
    const step = guide('instagram', 'en').steps.find((s) => s.id === 'letter');
    expect(step?.paragraphs[1]).toBe(
      'Meta Platforms Ireland Limited\nMerrion Road\nDublin 4\nD04 X2K5\nIRELAND',
    );
  });

  it('sends Threads and Messenger users to the objection that applies', () => {
    expect(guide('threads').steps[0]?.id).toBe('route-via');
    expect(guide('messenger').steps[0]?.id).toBe('route-via');
    expect(guide('threads').form).toBeUndefined();
  });

  it('reports an unknown platform with the closest id', () => {
    const result = buildGuide(catalog, { platform: 'whatsap', locale: 'en', device: 'mobile' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(words(result.problems[0], 'en')).toContain('Did you mean "whatsapp"?');
  });
});

describe('buildGuide (fixture)', () => {
  const files: CatalogFile[] = catalogFixture();
  const checked = checkCatalog(files, { today: '2026-11-29' });
  if (!checked.ok) throw new Error('fixture invalid');

  it('falls back to the path of the other device and says so', () => {
    const result = buildGuide(checked.catalog, {
      platform: 'example',
      locale: 'de',
      device: 'desktop',
    });
    if (!result.ok) throw new Error('expected a guide');
    const step = result.value.steps.find((s) => s.id === 'in-app');
    expect(step?.routes[0]).toMatchObject({
      device: 'mobile',
      exact: false,
      steps: ['Menü', 'Widerspruch'],
    });
    expect(step?.paragraphs.join(' ')).toContain(
      'Für den Computer ist kein Weg über die Menüs belegt; nutzen Sie dort den direkten Link oben.',
    );
  });

  it('names the company from the controller in the default text', () => {
    const result = buildGuide(checked.catalog, {
      platform: 'example',
      locale: 'en',
      device: 'mobile',
    });
    expect(result.ok && result.value.text.text).toBe(
      'I hereby object to the processing of my data in connection with AI applications by Example.',
    );
  });
});

describe('buildGuide (December 2026 records)', () => {
  it.each(['gmail-smart-features', 'soundcloud', 'wetransfer'])(
    'says %s does not train and offers no objection',
    (id) => {
      const steps = guide(id, 'en').steps;
      const ids = steps.map((s) => s.id);
      expect(ids[0]).toBe('not-training');
      for (const needless of ['open-form', 'toggle', 'letter', 'enter', 'no-route', 'coverage']) {
        expect(ids).not.toContain(needless);
      }
    },
  );

  it('shows the WhatsApp AI-messages route as reported and Advanced Chat Privacy', () => {
    const facts = guide('whatsapp', 'en').steps.flatMap((s) => s.facts);
    const route = facts.find((f) => f.text.includes('Your messages with AIs on WhatsApp'));
    expect(route?.uncertain).toMatch(/^Reported only/);
    expect(
      facts.some((f) => f.text.includes('"Advanced Chat Privacy" is a per-chat setting')),
    ).toBe(true);
  });

  it('says Gemini Keep Activity is on by default for adults, marked uncertain', () => {
    const toggle = guide('google-gemini', 'en', 'desktop').steps.find((s) => s.id === 'toggle');
    expect(toggle?.paragraphs.join(' ')).toMatch(/on by default/);
    const adults = toggle?.facts.find((f) => f.text.includes('aged 18 and over'));
    expect(adults?.uncertain).toBeDefined();
  });

  it('keeps the weakly sourced Grok and Snapchat switches out of the main steps', () => {
    for (const id of ['grok', 'snapchat']) {
      const ids = guide(id, 'en').steps.map((s) => s.id);
      expect(ids).not.toContain('toggle');
    }
  });
});
