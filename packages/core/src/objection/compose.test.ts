import { LOCALES, type Locale } from '@widerspruch/catalog';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemText } from '../problem/core-problem.js';
import {
  composeObjectionText,
  loadObjectionTemplate,
  normalizeNote,
  objectionTemplate,
} from './compose.js';
import { GROUND_IDS } from './grounds.js';
import { objectionTemplateDe } from './template-de.js';
import { objectionTemplateEn } from './template-en.js';

describe('composeObjectionText', () => {
  // Objection texts other than German and English are loaded when first needed.
  beforeAll(() => Promise.all(LOCALES.map(loadObjectionTemplate)));

  it('writes the default German sentence', () => {
    const result = composeObjectionText({ company: 'Meta', locale: 'de' });
    expect(result).toEqual({
      ok: true,
      value: {
        locale: 'de',
        text: 'Hiermit widerspreche ich der Verarbeitung meiner Daten im Zusammenhang mit KI-Anwendungen durch Meta.',
        length: 101,
      },
    });
  });

  it('writes the default English sentence', async () => {
    const result = composeObjectionText({ company: 'Meta', locale: 'en' });
    expect(result.ok && result.value.text).toBe(
      'I hereby object to the processing of my data in connection with AI applications by Meta.',
    );
  });

  /** A note as a person writing in each language might type it. */
  const NOTES: Readonly<Record<Locale, string>> = {
    de: 'Ich bin Fotografin; meine Bilder sind mein Einkommen.',
    en: 'I am a photographer; my pictures are my income.',
    fr: 'Je suis photographe ; mes images sont mon revenu.',
    es: 'Soy fotógrafa; mis imágenes son mi fuente de ingresos.',
    it: 'Sono fotografa; le mie immagini sono il mio reddito.',
    nl: 'Ik ben fotograaf; mijn foto’s zijn mijn inkomen.',
    pl: 'Jestem fotografką; moje zdjęcia są moim źródłem dochodu.',
  };

  it.each(LOCALES)('matches the golden text with grounds and a note (%s)', async (locale) => {
    const result = composeObjectionText({
      company: 'Meta',
      locale,
      grounds: ['creative-work', 'children', 'loss-of-control'],
      note: NOTES[locale],
    });
    if (!result.ok) throw new Error('expected a text');
    await expect(result.value.text).toMatchFileSnapshot(`./__golden__/grounds-${locale}.txt`);
  });

  it('puts a note alone under the grounds heading and keeps grounds in the given order', () => {
    const result = composeObjectionText({
      company: 'Meta',
      locale: 'de',
      grounds: ['safety-risk', 'children', 'safety-risk'],
      note: '  Meine Worte.  ',
    });
    if (!result.ok) throw new Error('expected a text');
    const text = result.value.text;
    expect(text.indexOf(objectionTemplateDe.grounds['safety-risk'])).toBeLessThan(
      text.indexOf(objectionTemplateDe.grounds.children),
    );
    expect(text.split(objectionTemplateDe.grounds['safety-risk']).length).toBe(2);
    expect(text.endsWith('\n\nMeine Worte.')).toBe(true);
    const noteOnly = composeObjectionText({ company: 'Meta', locale: 'en', note: 'Mine.' });
    expect(noteOnly.ok && noteOnly.value.text).toBe(
      `${objectionTemplateEn.objection('Meta')}\n\n${objectionTemplateEn.groundsIntro}\nMine.`,
    );
  });

  it('has a sentence and a label for every ground in every language', () => {
    for (const template of LOCALES.map(objectionTemplate)) {
      for (const id of GROUND_IDS) {
        expect(template.grounds[id].length).toBeGreaterThan(40);
        expect(template.groundLabels[id].length).toBeGreaterThan(3);
      }
    }
  });

  it('fails with a clear message when the text exceeds the field limit', () => {
    const result = composeObjectionText({
      company: 'Meta',
      locale: 'de',
      note: 'x'.repeat(2000),
      limit: { maxLength: 2000, basis: 'assumed' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.code).toBe('too-long');
    const [problem] = result.problems;
    if (problem === undefined) throw new Error('no problem');
    expect(problem.detail).toMatchObject({ code: 'text-too-long', max: 2000, basis: 'assumed' });
    expect(problemText(problem.detail, 'de')).toMatch(
      /nicht bekannt.*auf 2\.000 Zeichen.*mindestens 1\d\d Zeichen/,
    );
    expect(problemText(problem.detail, 'en')).toMatch(/limit it to 2,000 characters/);
    expect(problemText(problem.detail, 'fr')).toMatch(/limitons à 2\u202f000 caractères/);
    expect(problemText(problem.detail, 'pl')).toMatch(/do 2000 znaków.*o co najmniej 1\d\d znak/);
  });

  it('never returns a text longer than the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 600 }),
        fc.subarray([...GROUND_IDS]),
        fc.integer({ min: 100, max: 1500 }),
        fc.constantFrom(...LOCALES),
        (note, grounds, maxLength, locale) => {
          const result = composeObjectionText({
            company: 'Meta',
            locale,
            grounds,
            note,
            limit: { maxLength, basis: 'sourced' },
          });
          if (result.ok) expect(result.value.text.length).toBeLessThanOrEqual(maxLength);
          else expect(result.problems[0]?.code).toBe('too-long');
        },
      ),
    );
  });
});

describe('normalizeNote', () => {
  it('unifies line breaks, drops control characters and trims', () => {
    expect(normalizeNote(' a\r\nb\rc\u0000d\u0007\u2028 \n\n\n\ne\t ')).toBe('a\nb\ncd\n\ne');
  });

  it('is idempotent and leaves no carriage returns or stray control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const once = normalizeNote(input);
        expect(normalizeNote(once)).toBe(once);
        const stray = Array.from(once).filter((ch) => {
          const c = ch.codePointAt(0) ?? 0;
          return (c < 0x20 && c !== 0x0a && c !== 0x09) || (c >= 0x7f && c <= 0x9f);
        });
        expect(stray).toEqual([]);
      }),
    );
  });

  it('keeps umlauts, emoji and right-to-left text intact', () => {
    expect(normalizeNote('Grüße 👋🏽 שלום')).toBe('Grüße 👋🏽 שלום');
  });
});
