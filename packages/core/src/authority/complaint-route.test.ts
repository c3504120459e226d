import type { Authority } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import { complaintRoute, languageName } from './complaint-route.js';

const catalog = bundledCatalog();
const authority = (id: string): Authority => {
  const found = catalog.authorities.find((a) => a.id === id);
  if (!found) throw new Error(`no authority ${id}`);
  return found;
};

describe('complaintRoute', () => {
  it('gives the form and e-mail of a German Land authority, and no note for a German letter', () => {
    const hh = authority('de-hh-hmbbfdi');
    expect(complaintRoute(hh, 'de')).toEqual({ form: hh.complaintForm, email: hh.email });
  });

  it('says when the authority takes complaints in other languages, and what to do', () => {
    const hh = complaintRoute(authority('de-hh-hmbbfdi'), 'en');
    expect(hh.language?.en).toBe(
      'This authority takes complaints in German; the letter is in English. Write it again in German.',
    );
    const cnil = complaintRoute(authority('fr-cnil'), 'de');
    expect(cnil.language?.de).toBe(
      'Diese Behörde nimmt Beschwerden auf Französisch entgegen; das Schreiben ist auf Deutsch. Lassen Sie es übersetzen, bevor Sie es abschicken.',
    );
    // Several languages, one of them the other language of the app.
    expect(complaintRoute(authority('be-apd'), 'en').language?.de).toBe(
      'Diese Behörde nimmt Beschwerden auf Französisch, Niederländisch oder Deutsch entgegen; das Schreiben ist auf Englisch. Erstellen Sie es auf Deutsch neu.',
    );
    expect(complaintRoute(authority('ie-dpc'), 'en').language).toBeUndefined();
    // Where the app's other language fits, the surfaces say how to switch to it.
    expect(complaintRoute(authority('de-hh-hmbbfdi'), 'en').rewriteIn).toBe('de');
    expect(complaintRoute(authority('fr-cnil'), 'de').rewriteIn).toBeUndefined();
  });

  it('has no e-mail where the catalog lists none, so the form or the post remain', () => {
    const cnil = complaintRoute(authority('fr-cnil'), 'de');
    expect(cnil.email).toBeUndefined();
    expect(cnil.form).toMatch(/^https:\/\//);
  });

  it('names every language the catalog lists for complaints, in German and English', () => {
    for (const a of catalog.authorities)
      for (const code of a.languages)
        for (const locale of ['de', 'en'] as const) {
          const name = languageName(code, locale);
          expect(name, `${a.id} ${code}`).not.toBe(code);
          expect(name, `${a.id} ${code}`).toMatch(/^\p{Lu}/u);
        }
  });
});
