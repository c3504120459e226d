import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES } from '@widerspruch/catalog/locales';
import { facebook2024, zipBytes } from '@widerspruch/export-reader/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { localeFromEnv, parseLocale } from '../src/locale.js';
import { runCli } from '../src/main.js';
import { MESSAGES } from '../src/text/messages.js';
import { fakeIo } from './fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'widerspruch-languages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let stores = 0;

async function run(args: string[], env: Record<string, string> = { LANG: 'de_DE.UTF-8' }) {
  const f = fakeIo({ env });
  const code = await runCli(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe('the language of the output', () => {
  it('comes from --lang, else LC_ALL, LC_MESSAGES or LANG, else German', () => {
    expect(localeFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'pl_PL.UTF-8' })).toBe('pl');
    expect(localeFromEnv({ LANG: 'es_ES.UTF-8', LC_ALL: 'nl_NL' })).toBe('nl');
    expect(localeFromEnv({ LANG: 'it_IT.UTF-8' })).toBe('it');
    expect(localeFromEnv({ LANG: 'sv_SE.UTF-8' })).toBe('de');
    expect(localeFromEnv({ LANG: 'C.UTF-8' })).toBe('de');
    expect(localeFromEnv({})).toBe('de');
    for (const locale of LOCALES) expect(parseLocale(locale.toUpperCase())).toBe(locale);
    expect(parseLocale('fr-BE')).toBe('fr');
    expect(parseLocale('pl_PL.UTF-8')).toBe('pl');
  });

  it('suggests the closest language for an unknown --lang, in the language of LANG', async () => {
    const r = await run(['platforms', '--lang', 'fre'], { LANG: 'es_ES.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'widerspruch: El idioma «fre» no existe. ¿Quería decir «fr»? Valores posibles: de, en, fr, es, it, nl, pl.\n',
    );
  });

  it('lists the platforms in French with --lang fr, in Spanish with LANG=es_ES.UTF-8', async () => {
    const fr = await run(['platforms', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/^facebook +Facebook — entraîne l'IA avec les données/m);
    expect(fr.stdout).toContain('Guide : widerspruch guide <plateforme>');
    const es = await run(['platforms'], { LANG: 'es_ES.UTF-8' });
    expect(es.stdout).toMatch(/^facebook +Facebook — entrena IA con datos de los usuarios/m);
    expect(es.stdout).toContain('Guía: widerspruch guide <plataforma>');
  });

  it('labels the guide in Polish and French, with dates written in that language', async () => {
    const pl = await run(['guide', 'facebook', '--lang', 'pl']);
    expect(pl.code).toBe(0);
    expect(pl.stdout).toMatch(
      /Stan informacji na dzień: \d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia) \d{4} r\. \(/,
    );
    expect(pl.stdout).toContain('To nie jest porada prawna.');
    const fr = await run(['guide', 'facebook', '--lang', 'fr']);
    expect(fr.stdout).toMatch(/Informations à jour : \d{1,2} \p{L}+\.? \d{4} \(/u);
    expect(fr.stdout).toContain('Ceci ne constitue pas un conseil juridique.');
  });

  it('says an empty store is empty, in French and Polish', async () => {
    const store = join(dir, `store-${++stores}.sqlite`);
    const env = { LANG: 'fr_FR.UTF-8', WIDERSPRUCH_STORE: store };
    const added = await run(['case', 'add', 'facebook', '--account', 'a@example.org'], env);
    expect(added.code).toBe(0);
    const id = added.stdout.trim().split('\n').at(-1) as string;
    expect(added.stdout).toContain('État : Brouillon');
    const deleted = await run(['case', 'delete', id, '--yes'], env);
    expect(deleted.stdout).toBe(`Supprimé : ${id}\n`);
    const fr = await run(['case', 'list'], env);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toBe(
      'Aucune opposition enregistrée pour le moment. Pour en ajouter une : widerspruch case add <plateforme> --account <compte> --submitted <date>\n',
    );
    const pl = await run(['case', 'list', '--lang', 'pl'], env);
    expect(pl.stdout).toContain('Nie zapisano jeszcze żadnego sprzeciwu.');
  });

  it('reads a scan in Polish, with the platform name from the catalog', async () => {
    const zip = join(dir, 'facebook-robin-2026-01-02-AbCd1234.zip');
    const files = Object.entries(facebook2024().files).map(([name, data]) => ({ name, data }));
    writeFileSync(zip, zipBytes(files));
    const pl = await run(['scan', zip, '--lang', 'pl']);
    expect(pl.code).toBe(0);
    expect(pl.stdout).toContain('Eksport danych z serwisu Facebook (facebook-2024)');
    expect(pl.stdout).toMatch(/^ {2}zdjęcia +2$/m);
    expect(pl.stdout).toContain('Przed rozpoczęciem trenowania (27.05.2025): 10');
    const fr = await run(['scan', zip], { LANG: 'fr_FR.UTF-8' });
    expect(fr.stdout).toContain('Export Facebook (facebook-2024)');
    expect(fr.stdout).toContain("Avant le début de l'entraînement (27/05/2025) : 10");
  });

  it('reports usage errors in the language asked for', async () => {
    expect((await run(['gide', '--lang', 'pl'])).stderr).toBe(
      'widerspruch: Polecenie „gide” nie istnieje. Czy chodziło o „guide”?\nPomoc: widerspruch --help\n',
    );
    const es = await run(['guide'], { LANG: 'es_ES.UTF-8' });
    expect(es.code).toBe(2);
    expect(es.stderr).toBe(
      'widerspruch: Falta un valor: <platform>.\nAyuda: widerspruch guide --help\n',
    );
    const fr = await run([
      'case',
      'show',
      'ab',
      '--lang',
      'fr',
      '--store',
      join(dir, 'none.sqlite'),
    ]);
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain("widerspruch: Il n'y a pas de base à l'emplacement");
    const date = await run([
      'case',
      'add',
      'facebook',
      '--account',
      'a',
      '--submitted',
      '2026-13-01',
      '--lang',
      'it',
    ]);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('«2026-13-01» non è una data valida. Scriverla come AAAA-MM-GG');
  });
});

describe('the wording of every language', () => {
  /** Every text of a language, by its path; functions called with sample values. */
  function texts(value: unknown, path = '', out = new Map<string, string>()) {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, String(value(2, 2, 2, 2)));
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) texts(v, path ? `${path}.${key}` : key, out);
    return out;
  }

  // Words that are the same as in English in a language (loanwords, "No").
  const SAME_AS_ENGLISH = new Set([
    'de case.letterName.dossier',
    'de links.where',
    'it links.where',
    'nl links.where',
    'fr remedies.sources',
    'fr scan.kinds.photo',
    'fr scan.kinds.story',
    'fr scan.kinds.reel',
    'fr scan.audiences.public',
    'es case.no',
    'es scan.kinds.reel',
    'it case.letterName.dossier',
    'it case.no',
    'nl case.letterName.dossier',
    'nl scan.kinds.reel',
    'nl scan.records',
  ]);

  it('has every text in every language, none left in English by mistake', () => {
    const english = texts(MESSAGES.en);
    expect(english.size).toBeGreaterThan(150);
    for (const locale of LOCALES) {
      const own = texts(MESSAGES[locale]);
      expect([...own.keys()], locale).toEqual([...english.keys()]);
      expect(
        [...own].filter(([, text]) => text.trim() === ''),
        locale,
      ).toEqual([]);
      if (locale === 'en') continue;
      // The colon is punctuation, the same in most languages.
      const same = [...own].filter(([key, text]) => key !== 'colon' && text === english.get(key));
      expect(
        same.map(([key]) => `${locale} ${key}`).filter((k) => !SAME_AS_ENGLISH.has(k)),
      ).toEqual([]);
    }
  });

  it('writes numbers and plural forms as each language does (Polish: one, few, many)', () => {
    const pl = MESSAGES.pl.backup;
    expect(pl.imported(1, 2, 5)).toBe('Wczytano: 1 sprawa, 2 osoby, 5 dowodów.');
    expect(pl.imported(22, 12, 21)).toBe('Wczytano: 22 sprawy, 12 osób, 21 dowodów.');
    expect(MESSAGES.de.backup.imported(1, 2, 1)).toBe(
      'Eingelesen: 1 Fall, 2 Personen, 1 Nachweis.',
    );
    expect(MESSAGES.fr.input.textTooLong('--note', 20_001, 20_000)).toMatch(
      /^--note compte 20\s001 caractères ; 20\s000 au plus/,
    );
    expect(MESSAGES.de.input.textTooLong('--note', 20_001, 20_000)).toContain('20.001 Zeichen');
  });
});
