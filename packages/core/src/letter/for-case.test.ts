import { LOCALES } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../case/model.js';
import { loadObjectionTemplate } from '../objection/compose.js';
import { type CaseLetterRequest, composeCaseLetter, letterRecord } from './for-case.js';
import { letterNoteText } from './notes/index.js';
import { renderLetterText } from './render-text.js';

const catalog = bundledCatalog();
const sent: Case = {
  id: 'c1',
  platform: 'instagram',
  account: 'anna@example.org',
  profile: 'p',
  createdAt: '2026-03-10T09:00:00.000Z',
  events: [{ id: 'e1', kind: 'submitted', at: '2026-03-10T09:00:00.000Z', date: '2026-03-10' }],
};
const request = (over: Partial<CaseLetterRequest> = {}): CaseLetterRequest => ({
  kind: 'complaint',
  catalog,
  case: sent,
  today: '2026-04-20',
  sender: { name: 'Anna Muster', address: ['Musterstraße 1', '20095 Hamburg'] },
  locale: 'de',
  residence: { country: 'FR' },
  ...over,
});

describe('composeCaseLetter', () => {
  // Objection texts other than German and English are loaded when first needed.
  beforeAll(() => Promise.all(LOCALES.map(loadObjectionTemplate)));

  it('writes a complaint to the CNIL in French, with a German translation to read', () => {
    const result = composeCaseLetter(request());
    if (!result.ok) throw new Error(result.failure.code);
    const { letter, translation, complaint } = result.value;
    expect(complaint?.choice.authority.id).toBe('fr-cnil');
    expect(letter.locale).toBe('fr');
    expect(renderLetterText(letter)).toContain('article 77 du RGPD');
    expect(translation?.locale).toBe('de');
    expect(renderLetterText(translation ?? letter)).toContain('Art. 77 DSGVO');
    expect(letterNoteText(complaint?.language.note ?? { code: 'closed' }, 'de')).toBe(
      'Das Schreiben ist auf Französisch: Die Behörde nimmt Beschwerden auf Französisch entgegen, nicht auf Deutsch.',
    );
    expect(result.value.event).toBe('complaint-filed');
  });

  it('writes other letters in the interface language, with the grounds given', () => {
    const result = composeCaseLetter(
      request({ kind: 'objection', locale: 'it', grounds: ['children'], note: 'Nota.' }),
    );
    if (!result.ok) throw new Error(result.failure.code);
    expect(result.value.letter.locale).toBe('it');
    expect(result.value.translation).toBeUndefined();
    expect(result.value.complaint).toBeUndefined();
    const text = renderLetterText(result.value.letter);
    expect(text).toContain('considerando 38 del RGPD');
    expect(text).toContain('Nota.');
  });

  it('refuses what would state a false fact, and a language the authority does not take', () => {
    const draft: Case = { ...sent, events: [] };
    const refused = composeCaseLetter(request({ case: draft }));
    expect(!refused.ok && refused.failure.code === 'refused' && refused.failure.refusal.code).toBe(
      'not-sent',
    );
    const wrong = composeCaseLetter(request({ letterLocale: 'de' }));
    expect(!wrong.ok && wrong.failure.code).toBe('language-not-accepted');
    const chosen = composeCaseLetter(
      request({ residence: { country: 'BE' }, locale: 'en', letterLocale: 'de' }),
    );
    expect(chosen.ok && chosen.value.letter.locale).toBe('de');
  });

  it('records the letter as evidence, then its event, with the channel it went by', () => {
    const result = composeCaseLetter(request({ kind: 'objection', case: { ...sent, events: [] } }));
    if (!result.ok) throw new Error(result.failure.code);
    const record = letterRecord(result.value, {
      channel: 'eml',
      today: '2026-04-20',
      sha256: 'ab'.repeat(32),
      size: 10,
    });
    expect(record.name).toBe('objection-2026-04-20.eml');
    expect(record.events).toEqual([
      {
        kind: 'evidence-added',
        date: '2026-04-20',
        evidence: {
          sha256: 'ab'.repeat(32),
          name: 'objection-2026-04-20.eml',
          mediaType: 'message/rfc822',
          size: 10,
        },
      },
      { kind: 'submitted', date: '2026-04-20', via: 'email' },
    ]);
  });
});
