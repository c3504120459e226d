import { describe, expect, it } from 'vitest';
import { applyCatalogTranslations } from './catalog-translations.js';
import { checkCatalog } from './check.js';
import { localText, type TranslatableText } from './locales.js';
import { catalogFixture } from './testing/fixtures.js';
import { checkTranslations } from './translation-check.js';
import { textFields, textHash } from './translations.js';

const records = catalogFixture();
const platform = records.find((r) => r.file.startsWith('platforms/'))!;
const [first, second] = textFields(platform.data);

const entry = (text: string, en: string, reviewed = false) => ({
  text,
  source: textHash(en),
  reviewed,
});

describe('checkTranslations', () => {
  it('counts missing, outdated, unknown and reviewed translations per language', () => {
    const result = checkTranslations(
      records,
      [
        {
          file: `fr/${platform.file}`,
          data: {
            [first!.path]: entry('Traduit', first!.en, true),
            [second!.path]: entry('Ancien', 'an older English text'),
            'no/such/field': entry('Rien', 'nothing'),
          },
        },
        { file: 'fr/platforms/gone.json', data: { name: entry('Parti', 'Gone') } },
      ],
      ['fr', 'pl'],
    );
    expect(result.issues).toEqual([]);
    const [fr, pl] = result.locales;
    const texts = records.reduce((n, r) => n + textFields(r.data).length, 0);
    expect(fr).toMatchObject({ locale: 'fr', texts, translated: 1, reviewed: 1 });
    expect(fr!.missing).toHaveLength(texts - 2);
    expect(fr!.outdated).toEqual([{ record: platform.file, path: second!.path }]);
    expect(fr!.unknown).toEqual([
      { record: platform.file, path: 'no/such/field' },
      { record: 'platforms/gone.json', path: 'name' },
    ]);
    expect(pl).toMatchObject({ locale: 'pl', translated: 0 });
    expect(pl!.missing).toHaveLength(texts);
  });

  it('reports a broken translation file as an error naming file and field', () => {
    const { issues } = checkTranslations(records, [
      { file: `es/${platform.file}`, data: { [first!.path]: { text: '', source: 'abc' } } },
      { file: `de/${platform.file}`, data: {} },
      { file: `pt/${platform.file}`, data: {} },
      { file: 'it/facebook.json', data: {} },
    ]);
    expect(issues.map((i) => [i.file, i.code, i.severity])).toEqual([
      [`es/${platform.file}`, 'invalid-translation', 'error'],
      [`es/${platform.file}`, 'invalid-translation', 'error'],
      [`es/${platform.file}`, 'invalid-translation', 'error'],
      [`de/${platform.file}`, 'unknown-locale', 'error'],
      [`pt/${platform.file}`, 'unknown-locale', 'error'],
      ['it/facebook.json', 'invalid-translation', 'error'],
    ]);
    expect(issues[0]!.message).toContain('text is empty');
    expect(issues[1]!.message).toContain('8 hex digits');
    expect(issues[2]!.message).toContain('reviewed');
    expect(issues[3]!.message).toContain('authored');
    expect(issues[4]!.message).toContain('LOCALES');
  });
});

describe('applyCatalogTranslations', () => {
  it('merges a language into the records that have translations', () => {
    const checked = checkCatalog(records, { today: '2026-12-06' });
    if (!checked.ok) throw new Error('fixture does not check');
    const fr = applyCatalogTranslations(checked.catalog, 'fr', {
      [platform.file]: { [first!.path]: 'Traduit' },
    });
    const at = (record: unknown) =>
      first!.path.split('/').reduce((v: any, k) => v[k], record) as TranslatableText;
    expect(localText(at(fr.platforms[0]), 'fr')).toBe('Traduit');
    expect(localText(at(checked.catalog.platforms[0]), 'fr')).toBe(first!.en);
    expect(applyCatalogTranslations(checked.catalog, 'de', {})).toBe(checked.catalog);
  });
});
