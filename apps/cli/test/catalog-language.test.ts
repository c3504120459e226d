import type { Catalog, Platform, TranslatableText } from '@widerspruch/catalog';
import { localizedCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import { runGuide } from '../src/commands/guide.js';
import { runPlatforms } from '../src/commands/platforms.js';
import { runCli } from '../src/main.js';
import { CatalogTexts } from '../src/render/catalog-text.js';
import { MESSAGES } from '../src/text/messages.js';
import { fakeIo } from './fake-io.js';

async function run(args: string[]) {
  const f = fakeIo();
  const code = await runCli(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

/** A text as the terminal shows it: wrapped lines joined again. */
const unwrapped = (out: string) => out.replace(/\n *(?:│ )?/g, ' ');

function facebook(catalog: Catalog): Platform {
  const p = catalog.platforms.find((x) => x.id === 'facebook');
  if (!p) throw new Error('no facebook in the catalog');
  return p;
}

/** A text's translation, failing the test where the catalog has none. */
function translation(text: TranslatableText | undefined, locale: 'fr' | 'it' | 'pl'): string {
  const t = text?.[locale];
  if (t === undefined) throw new Error(`no ${locale} translation`);
  return t;
}

/** A catalog in which facebook's headline and summary have no Italian translation. */
async function italianWithGaps(): Promise<{ catalog: Catalog; headline: string; summary: string }> {
  const it = await localizedCatalog('it');
  const fb = facebook(it);
  const english = (t: TranslatableText) => ({ de: t.de, en: t.en });
  const headline = fb.aiTraining.headline;
  if (!headline) throw new Error('facebook has no headline');
  const changed: Platform = {
    ...fb,
    aiTraining: {
      ...fb.aiTraining,
      headline: english(headline),
      summary: { ...fb.aiTraining.summary, text: english(fb.aiTraining.summary.text) },
    },
  };
  return {
    catalog: { ...it, platforms: it.platforms.map((p) => (p.id === 'facebook' ? changed : p)) },
    headline: headline.en,
    summary: fb.aiTraining.summary.text.en,
  };
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('catalog texts in the chosen language', () => {
  it('lists the platforms with the French headline from the catalog', async () => {
    const headline = facebook(await localizedCatalog('fr')).aiTraining.headline;
    const fr = translation(headline, 'fr');
    expect(fr).not.toBe(headline?.en);
    const r = await run(['platforms', '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^facebook +Facebook — .*\\(${fr}\\)$`, 'm'));
    expect(r.stdout).not.toContain(MESSAGES.fr.englishOnly);
  });

  it('writes the headline in --json in the chosen language, like guide --json', async () => {
    const headline = facebook(await localizedCatalog('fr')).aiTraining.headline;
    const headlineOf = (out: string) =>
      JSON.parse(out).platforms.find((p: { id: string }) => p.id === 'facebook').headline;
    expect(headlineOf((await run(['platforms', '--lang', 'fr', '--json'])).stdout)).toBe(
      translation(headline, 'fr'),
    );
    expect(headlineOf((await run(['platforms', '--lang', 'de', '--json'])).stdout)).toBe(
      headline?.de,
    );
  });

  it('shows the guide with Polish catalog texts: summary, facts, link labels, remedies', async () => {
    const pl = await localizedCatalog('pl');
    const fb = facebook(pl);
    const r = await run(['guide', 'facebook', '--lang', 'pl']);
    expect(r.code).toBe(0);
    const out = unwrapped(r.stdout);
    expect(out).toContain(translation(fb.aiTraining.summary.text, 'pl'));
    expect(out).not.toContain(fb.aiTraining.summary.text.en);
    const remedy = pl.remedies.find((x) => x.id === 'somi-meta-ai-training-de');
    expect(out).toContain(translation(remedy?.title, 'pl'));
    expect(out).not.toContain(MESSAGES.pl.englishOnly);
  });

  it('writes guide --json in the chosen language, with the same fields', async () => {
    const fb = facebook(await localizedCatalog('pl'));
    const pl = await run(['guide', 'facebook', '--lang', 'pl', '--json']);
    const en = await run(['guide', 'facebook', '--lang', 'en', '--json']);
    expect(JSON.parse(pl.stdout).summary.text).toBe(translation(fb.aiTraining.summary.text, 'pl'));
    expect(JSON.parse(en.stdout).summary.text).toBe(fb.aiTraining.summary.text.en);
    expect(Object.keys(JSON.parse(pl.stdout))).toEqual(Object.keys(JSON.parse(en.stdout)));
  });

  it('shows an untranslated text in English and says so once, in Italian', async () => {
    const { catalog, headline, summary } = await italianWithGaps();
    const list = fakeIo();
    runPlatforms({ io: list.io, envLocale: 'it', catalog }, {});
    expect(list.stdout()).toContain(`(${headline})`);
    expect(count(list.stdout(), MESSAGES.it.englishOnly)).toBe(1);

    const guide = fakeIo();
    runGuide({ io: guide.io, envLocale: 'de', catalog }, 'facebook', {
      lang: 'it',
      device: 'desktop',
    });
    const out = unwrapped(guide.stdout());
    expect(out).toContain(summary);
    // Texts that have a translation still show it.
    const remedy = catalog.remedies.find((x) => x.id === 'somi-meta-ai-training-de');
    expect(out).toContain(translation(remedy?.title, 'it'));
    expect(count(out, MESSAGES.it.englishOnly)).toBe(1);
    expect(out.trimEnd().endsWith(MESSAGES.it.englishOnly)).toBe(true);
  });

  it('adds no note where everything is translated, or in German and English', async () => {
    for (const locale of ['de', 'en', 'it'] as const) {
      const f = fakeIo();
      const catalog = await localizedCatalog(locale);
      runGuide({ io: f.io, envLocale: locale, catalog }, 'facebook', { device: 'mobile' });
      expect(f.stdout()).not.toContain(MESSAGES[locale].englishOnly);
    }
  });
});

describe('CatalogTexts', () => {
  const text = { de: 'Hallo', en: 'Hello', fr: 'Bonjour' };

  it('takes the translation, else English, and notes only the English fallback', () => {
    const fr = new CatalogTexts('fr');
    expect(fr.text(text)).toBe('Bonjour');
    expect(fr.note()).toBeUndefined();
    const pl = new CatalogTexts('pl');
    expect(pl.text(text)).toBe('Hello');
    expect(pl.note()).toBe(MESSAGES.pl.englishOnly);
    const de = new CatalogTexts('de');
    expect(de.text(text)).toBe('Hallo');
    expect(de.note()).toBeUndefined();
  });

  it('passes values core built through unchanged, noting only English fallbacks', () => {
    const catalog = {
      platforms: [
        {
          id: 'x',
          note: text,
          other: { de: 'Nur', en: 'Only English' },
          same: { de: 'Gleich', en: 'Same', fr: 'Same' },
        },
      ],
      controllers: [],
      authorities: [],
      remedies: [],
    } as unknown as Catalog;
    // Core already wrote the translation ("Bonjour"); strings it composed itself are no
    // catalog texts; a translation worded like the English is no fallback.
    const built = { title: 'Hello', facts: [{ text: 'Bonjour', url: 'https://x.example' }] };
    const fr = new CatalogTexts('fr', catalog);
    expect(fr.shown(built)).toBe(built);
    expect(fr.shown({ label: 'Same', steps: ['Step', 'Only English, and more'] })).toEqual({
      label: 'Same',
      steps: ['Step', 'Only English, and more'],
    });
    expect(fr.note()).toBeUndefined();
    const fallback = ['Only English'];
    expect(fr.shown({ deep: [{ x: fallback }] })).toEqual({ deep: [{ x: fallback }] });
    expect(fr.note()).toBe(MESSAGES.fr.englishOnly);
    // German output is in German: never a note.
    const de = new CatalogTexts('de', catalog);
    expect(de.shown(['Only English'])).toEqual(['Only English']);
    expect(de.note()).toBeUndefined();
  });
});
