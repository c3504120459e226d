import { describe, expect, it } from 'vitest';
import { bundledCatalog, localizedCatalog, translationLoaders } from './bundled.js';
import { checkCatalog } from './check.js';
import { bundledRecords } from './generated/bundled-records.js';
import { localText, TRANSLATED_LOCALES, textLocale } from './locales.js';
import { textFields } from './translations.js';

describe('bundledCatalog', () => {
  it('is the catalog that checking the bundled records gives, without checking them again', () => {
    const checked = checkCatalog(bundledRecords, { today: '9999-12-31' });
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues.slice(0, 3)));
    expect(bundledCatalog()).toEqual(checked.catalog);
    expect(bundledCatalog().platforms.map((p) => p.id)).toContain('facebook');
    expect(bundledCatalog()).toBe(bundledCatalog());
  });
});

describe('localizedCatalog', () => {
  it('merges the current translations of one language into the shipped catalog', async () => {
    const fr = await localizedCatalog('fr');
    const facebook = fr.platforms.find((p) => p.id === 'facebook')!;
    const english = bundledCatalog().platforms.find((p) => p.id === 'facebook')!;
    expect(facebook.aiTraining.summary.text.en).toBe(english.aiTraining.summary.text.en);
    expect(localText(facebook.aiTraining.summary.text, 'fr')).toMatch(/^Depuis le 27 mai 2025/);
    expect(textLocale(facebook.aiTraining.summary.text, 'fr')).toBe('fr');
    expect(textLocale(english.aiTraining.summary.text, 'fr')).toBe('en');
    expect(await localizedCatalog('fr')).toBe(fr);
    expect(await localizedCatalog('de')).toBe(bundledCatalog());
  });

  it('ships only translations of the current English text', async () => {
    for (const locale of TRANSLATED_LOCALES) {
      const shipped = await translationLoaders[locale]();
      for (const [file, texts] of Object.entries(shipped)) {
        const record = bundledRecords.find((r) => r.file === file);
        expect(record, `${locale}: ${file}`).toBeDefined();
        const fields = new Map(textFields(record!.data).map((f) => [f.path, f]));
        for (const path of Object.keys(texts)) expect(fields.has(path)).toBe(true);
      }
    }
  });
});
