import type { Fact, Source } from '@widerspruch/catalog';
import { describe, expect, it } from 'vitest';
import { localFact } from './facts.js';

const SOURCES: Source[] = [
  { id: 'a', url: 'https://example.org/a', title: 'A', strength: 'strong' },
];

// A fact as the catalog holds it once a French translation is merged in (not a Polish one).
const fact = {
  text: { de: 'Gilt.', en: 'Applies.', fr: 'S’applique.' },
  uncertain: { de: 'Unklar.', en: 'Unclear.' },
  sources: ['a'],
} as unknown as Fact;

describe('localFact', () => {
  it('takes a current translation and says so', () => {
    const shown = localFact(fact, 'fr', SOURCES);
    expect(shown).toMatchObject({ text: 'S’applique.', lang: 'fr' });
    // The doubt has no French yet: English, marked as such.
    expect(shown).toMatchObject({ uncertain: 'Unclear.', uncertainLang: 'en' });
    expect(shown.sources.map((s) => s.url)).toEqual(['https://example.org/a']);
  });

  it('falls back to English, marked, where no translation exists', () => {
    expect(localFact(fact, 'pl', SOURCES)).toMatchObject({ text: 'Applies.', lang: 'en' });
    expect(localFact(fact, 'de', SOURCES)).toMatchObject({ text: 'Gilt.', lang: 'de' });
  });
});
