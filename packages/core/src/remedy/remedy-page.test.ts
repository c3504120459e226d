import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import { REMEDY_ROUTE_IDS, remedyPage } from './remedy-page.js';
import { remedyViews } from './remedy-view.js';

const catalog = bundledCatalog();

describe('remedyPage', () => {
  it.each(['facebook', 'instagram'])('gives every route with sources for %s', (id) => {
    const page = remedyPage(catalog, id, 'de', '2026-12-06');
    expect(page?.company).toBe('Meta');
    expect(page?.routes.map((r) => r.id)).toEqual([...REMEDY_ROUTE_IDS]);
    for (const route of page?.routes ?? []) {
      const sourced = route.facts.every((f) => f.sources.length > 0);
      expect(sourced || route.remedies.length > 0, route.id).toBe(true);
      expect(route.facts.length + route.remedies.length, route.id).toBeGreaterThan(0);
    }
    const injunction = page?.routes.find((r) => r.id === 'injunction');
    expect(injunction?.remedies.map((r) => r.id)).toContain('amsterdam-individual-meta-ai-2025');
    expect(injunction?.facts.map((f) => f.text).join(' ')).toContain('einen Anwalt');
    const collective = page?.routes.find((r) => r.id === 'collective');
    expect(collective?.remedies[0]?.id).toBe('somi-meta-ai-training-de');
    expect(collective?.remedies[0]?.join?.routes.map((r) => r.cost)).toEqual([
      'kostenlos',
      '7,50\u00a0€',
    ]);
  });

  it('keeps the data-leak action apart as another matter (facebook only)', () => {
    const fb = remedyPage(catalog, 'facebook', 'en', '2026-12-06');
    const other = fb?.routes.find((r) => r.id === 'collective')?.otherMatters ?? [];
    expect(other.map((r) => r.id)).toContain('vzbv-meta-data-leak-2021');
    expect(other.find((r) => r.id === 'vzbv-meta-data-leak-2021')?.notAbout?.text).toContain(
      'not AI training',
    );
    const all = fb?.routes.flatMap((r) => r.remedies.map((x) => x.id)) ?? [];
    expect(all).not.toContain('vzbv-meta-data-leak-2021');
    const ig = remedyPage(catalog, 'instagram', 'en', '2026-12-06');
    const igOther = ig?.routes.find((r) => r.id === 'collective')?.otherMatters ?? [];
    expect(igOther.map((r) => r.id)).not.toContain('vzbv-meta-data-leak-2021');
  });

  it('mentions the GDPR Procedural Regulation only from 2 April 2027', () => {
    const text = (today: string) =>
      remedyPage(catalog, 'facebook', 'de', today)
        ?.routes.find((r) => r.id === 'complaint')
        ?.facts.map((f) => f.text)
        .join(' ');
    expect(text('2027-04-01')).not.toContain('2025/2518');
    expect(text('2027-04-02')).toContain('2025/2518');
  });

  it('is generic for a platform without remedy records, and undefined for an unknown one', () => {
    const page = remedyPage(catalog, 'linkedin', 'de', '2026-12-06');
    const collective = page?.routes.find((r) => r.id === 'collective');
    expect(collective?.remedies).toEqual([]);
    expect(collective?.facts[0]?.text).toBe(
      'Zu LinkedIn kennen wir keine Sammelklage zum KI-Training.',
    );
    expect(remedyPage(catalog, 'nowhere', 'de', '2026-12-06')).toBeUndefined();
  });
});

describe('remedyViews', () => {
  it('writes dates out and lists AI-training cases first', () => {
    const views = remedyViews(catalog, 'facebook', 'de');
    expect(views[0]?.aboutAiTraining).toBe(true);
    expect(views.at(-1)?.aboutAiTraining).toBe(false);
    expect(views.find((v) => v.id === 'vzbv-meta-data-leak-2021')?.date).toBe('Dezember 2024');
    expect(views.find((v) => v.id === 'amsterdam-individual-meta-ai-2025')?.date).toBe(
      '19. Mai 2025',
    );
  });
});
