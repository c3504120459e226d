import { describe, expect, it } from 'vitest';
import { applyTranslations, textFields, textHash } from './translations.js';

const record = {
  id: 'example',
  name: { de: 'Beispiel', en: 'Example' },
  channels: [{ title: { de: 'Formular', en: 'Form' }, url: 'https://example.org' }],
};

describe('catalog translations', () => {
  it('finds every authored text with its path', () => {
    expect(textFields(record).map((f) => f.path)).toEqual(['name', 'channels/0/title']);
  });

  it('merges current translations and reports missing, outdated and unknown ones', () => {
    const { data, report } = applyTranslations(record, 'fr', {
      name: { text: 'Exemple', source: textHash('Example'), reviewed: false },
      'channels/0/title': { text: 'Formulaire', source: textHash('Old form'), reviewed: true },
      'channels/1/title': { text: 'Lettre', source: textHash('Letter'), reviewed: false },
    });
    expect(data.name).toEqual({ de: 'Beispiel', en: 'Example', fr: 'Exemple' });
    expect(data.channels[0]?.title).toEqual({ de: 'Formular', en: 'Form' });
    expect(record.name).toEqual({ de: 'Beispiel', en: 'Example' });
    expect(report).toEqual({
      missing: [],
      outdated: ['channels/0/title'],
      unknown: ['channels/1/title'],
    });
  });

  it('hashes stably and differently for different texts', () => {
    expect(textHash('Example')).toMatch(/^[0-9a-f]{8}$/);
    expect(textHash('Example')).toBe(textHash('Example'));
    expect(textHash('Example')).not.toBe(textHash('Example.'));
  });
});
