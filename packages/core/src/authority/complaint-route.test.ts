import { type Authority, LOCALES } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import { languageName, letterNoteText } from '../letter/notes/index.js';
import { complaintLanguage, complaintRoute } from './complaint-route.js';

const catalog = bundledCatalog();
const authority = (id: string): Authority => {
  const found = catalog.authorities.find((a) => a.id === id);
  if (!found) throw new Error(`no authority ${id}`);
  return found;
};

describe('complaintRoute', () => {
  it('gives the form and e-mail of a German Land authority', () => {
    const hh = authority('de-hh-hmbbfdi');
    expect(complaintRoute(hh)).toEqual({ form: hh.complaintForm, email: hh.email });
  });

  it('has no e-mail where the catalog lists none, so the form or the post remain', () => {
    const cnil = complaintRoute(authority('fr-cnil'));
    expect(cnil.email).toBeUndefined();
    expect(cnil.form).toMatch(/^https:\/\//);
  });
});

describe('complaintLanguage', () => {
  it('writes in the interface language when the authority takes it', () => {
    expect(complaintLanguage(authority('de-hh-hmbbfdi'), 'de')).toEqual({
      locale: 'de',
      note: { code: 'language-interface', language: 'de' },
    });
    expect(complaintLanguage(authority('be-apd'), 'nl')?.locale).toBe('nl');
  });

  it('writes in the authority’s first language Widerspruch writes, whatever the interface', () => {
    expect(complaintLanguage(authority('fr-cnil'), 'de')?.locale).toBe('fr');
    expect(complaintLanguage(authority('es-aepd'), 'pl')?.locale).toBe('es');
    expect(complaintLanguage(authority('it-garante'), 'en')?.locale).toBe('it');
    expect(complaintLanguage(authority('nl-ap'), 'fr')?.locale).toBe('nl');
    expect(complaintLanguage(authority('pl-uodo'), 'de')?.locale).toBe('pl');
    expect(complaintLanguage(authority('de-hh-hmbbfdi'), 'pl')?.locale).toBe('de');
    // Belgium takes French, Dutch and German: the first of them, for an English interface.
    const be = complaintLanguage(authority('be-apd'), 'en');
    expect(be?.locale).toBe('fr');
    expect(letterNoteText(be?.note ?? { code: 'closed' }, 'en')).toBe(
      'The letter is in French: the authority takes complaints in French, Dutch or German, not in English.',
    );
  });

  it('falls back to English, with a note to have it translated, where none fits', () => {
    const se = catalog.authorities.find((a) => a.languages.join() === 'sv');
    if (!se) throw new Error('no Swedish authority');
    const language = complaintLanguage(se, 'de');
    expect(language?.locale).toBe('en');
    expect(letterNoteText(language?.note ?? { code: 'closed' }, 'de')).toBe(
      'Die Behörde nimmt Beschwerden auf Schwedisch entgegen; in dieser Sprache kann Widerspruch das Schreiben nicht erstellen. Es ist deshalb auf Englisch; lassen Sie es übersetzen, bevor Sie es abschicken.',
    );
  });

  it('takes a chosen language only when the authority takes it', () => {
    expect(complaintLanguage(authority('be-apd'), 'en', 'de')).toEqual({
      locale: 'de',
      note: { code: 'language-chosen', language: 'de' },
    });
    expect(complaintLanguage(authority('fr-cnil'), 'fr', 'en')).toBeUndefined();
  });

  it('names every language the catalog lists for complaints, in every language', () => {
    for (const a of catalog.authorities)
      for (const code of a.languages)
        for (const locale of LOCALES) {
          const name = languageName(code, locale);
          expect(name, `${a.id} ${code} ${locale}`).not.toBe(code);
        }
  });
});
