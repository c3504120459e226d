import { checkCatalog } from '@widerspruch/catalog';
import { controllerFixture, platformFixture } from '@widerspruch/catalog/testing';
import { describe, expect, it } from 'vitest';
import { buildGuide } from './build-guide.js';

function catalogWith(change: (p: Record<string, any>) => void) {
  const platform = platformFixture() as Record<string, any>;
  change(platform);
  const result = checkCatalog(
    [
      { file: 'controllers/example-controller.json', data: controllerFixture() },
      { file: 'platforms/example.json', data: platform },
    ],
    { today: '2026-11-29' },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.catalog;
}

const toggle = {
  id: 'ai-setting',
  kind: 'setting-toggle',
  label: { de: 'Einstellung', en: 'Setting' },
  setting: { de: 'Daten für KI', en: 'Data for AI' },
  defaultOn: true,
  paths: [
    { locale: 'en', device: 'desktop', steps: ['Settings', 'Data for AI'], sources: ['help'] },
  ],
  sources: ['help'],
};

describe('guide steps for settings, e-mail and platforms that do not train', () => {
  it('tells the person to switch a setting off, with the path', () => {
    const catalog = catalogWith((p) => {
      p.channels = [
        toggle,
        {
          id: 'mail',
          kind: 'email',
          label: { de: 'E-Mail', en: 'E-mail' },
          address: 'privacy@example.org',
          sources: ['help'],
        },
      ];
    });
    const result = buildGuide(catalog, { platform: 'example', locale: 'de', device: 'mobile' });
    if (!result.ok) throw new Error('no guide');
    const step = result.value.steps.find((s) => s.id === 'toggle');
    expect(step?.paragraphs[0]).toBe(
      'Schalten Sie die Einstellung „Daten für KI“ aus. Sie ist von Haus aus eingeschaltet.',
    );
    expect(step?.routes[0]).toMatchObject({ steps: ['Settings', 'Data for AI'], exact: false });
    const email = result.value.steps.find((s) => s.id === 'email');
    expect(email?.links[0]?.url).toBe('mailto:privacy@example.org');
    expect(result.value.steps.some((s) => s.id === 'no-route')).toBe(false);
  });

  it('says a platform does not train on user content instead of "no route known"', () => {
    const catalog = catalogWith((p) => {
      p.channels = [];
      p.aiTraining.status = 'not-training';
    });
    const result = buildGuide(catalog, { platform: 'example', locale: 'en', device: 'mobile' });
    if (!result.ok) throw new Error('no guide');
    const ids = result.value.steps.map((s) => s.id);
    expect(ids[0]).toBe('not-training');
    expect(ids).not.toContain('no-route');
  });
});
