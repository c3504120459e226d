import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { bundledCatalog, localizedCatalog, translationLoaders } from './bundled.js';
import { checkCatalog } from './check.js';
import { bundledRecords } from './generated/bundled-records.js';
import { localText, TRANSLATED_LOCALES, textLocale } from './locales.js';
import { type TranslationFile, textFields, textHash } from './translations.js';

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

  it('tries a failed load again', async () => {
    const load = vi.spyOn(translationLoaders, 'es').mockRejectedValueOnce(new Error('offline'));
    await expect(localizedCatalog('es')).rejects.toThrow('offline');
    const es = await localizedCatalog('es');
    expect(load).toHaveBeenCalledTimes(2);
    expect(
      textLocale(es.platforms.find((p) => p.id === 'facebook')!.aiTraining.summary.text, 'es'),
    ).toBe('es');
    load.mockRestore();
  });

  it('ships every translation of the current English text, and no other', async () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'translations');
    for (const locale of TRANSLATED_LOCALES) {
      const shipped = await translationLoaders[locale]();
      const expected: Record<string, Record<string, string>> = {};
      for (const { file, data } of bundledRecords) {
        const path = join(dir, locale, file);
        if (!existsSync(path)) continue;
        const entries: TranslationFile = JSON.parse(readFileSync(path, 'utf8'));
        for (const field of textFields(data)) {
          const entry = entries[field.path];
          if (entry && entry.source === textHash(field.en)) {
            expected[file] = { ...expected[file], [field.path]: entry.text };
          }
        }
      }
      expect(shipped).toEqual(expected);
    }
  });
});
