import { readFileSync } from 'node:fs';
import { LOCALE_INFO, LOCALES, type Locale } from '@widerspruch/catalog';
import { describe, expect, it } from 'vitest';
import { locale, PLURAL_KEYS, switchLocale, t, tPlural } from './i18n.js';

// Every language has a file per message group with every key of the German file, the
// plural forms its language uses (and no others), and the same placeholders as English.

const GROUPS = ['', 'scan.', 'data.', 'remedies.', 'letters.', 'meta.'] as const;

function read(group: string, l: Locale): Record<string, string> {
  const url = new URL(`./${group}${l}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, string>;
}

const FORM = /\.(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(FORM, '');
const pluralBases = new Set<string>(PLURAL_KEYS);
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

function categories(l: Locale): string[] {
  const intl = new Intl.PluralRules(LOCALE_INFO[l].intl).resolvedOptions().pluralCategories;
  return ['zero', ...intl].sort();
}

describe.each(GROUPS.map((g) => [g || 'app.', g] as const))('%sLOCALE.json', (_, group) => {
  const german = read(group, 'de');
  const english = read(group, 'en');
  const plain = Object.keys(german).filter((k) => !pluralBases.has(base(k)));
  const plurals = [...new Set(Object.keys(german).map(base))].filter((k) => pluralBases.has(k));

  it.each(LOCALES)('%s has every key, no unknown ones, and no empty text', (l) => {
    const messages = read(group, l);
    const expected = new Set(plain);
    for (const key of plurals) for (const form of categories(l)) expected.add(`${key}.${form}`);
    expect(Object.keys(messages).sort()).toEqual([...expected].sort());
    // Empty only where German is empty too (a form the app does not show).
    for (const [key, text] of Object.entries(messages)) {
      if (german[key] !== '') expect(text.trim(), `${l} ${key}`).not.toBe('');
    }
  });

  it.each(LOCALES)('%s uses only the placeholders English has', (l) => {
    const messages = read(group, l);
    for (const [key, text] of Object.entries(messages)) {
      const allowed = new Set(
        Object.entries(english)
          .filter(([k]) => k === key || (pluralBases.has(base(key)) && base(k) === base(key)))
          .flatMap(([, v]) => [...placeholders(v)]),
      );
      for (const name of placeholders(text)) expect(allowed, `${l} ${key}`).toContain(name);
      // A text without plural forms names everything the English one names.
      if (!pluralBases.has(base(key))) expect(placeholders(text), `${l} ${key}`).toEqual(allowed);
    }
  });
});

it('every plural key is used in one of the files', () => {
  const all = GROUPS.flatMap((g) => Object.keys(read(g, 'de')).map(base));
  for (const key of PLURAL_KEYS) expect(all).toContain(key);
});

it('each language has its manifest, in its language', () => {
  for (const l of LOCALES) {
    const url = new URL(`../../public/manifest.${l}.webmanifest`, import.meta.url);
    const manifest = JSON.parse(readFileSync(url, 'utf8')) as { lang: string; name: string };
    expect(manifest.lang).toBe(l);
    expect(manifest.name).toContain('Widerspruch');
  }
});

describe('tPlural', () => {
  it('chooses Polish few and many forms and writes counts in the language', async () => {
    await switchLocale('pl');
    expect(locale.value).toBe('pl');
    const few = tPlural('case.daysLeft', 3);
    const many = tPlural('case.daysLeft', 5);
    const one = tPlural('case.daysLeft', 1);
    expect(new Set([few, many, one]).size).toBe(3);
    expect(tPlural('case.daysLeft', 22)).toBe(few.replace('3', '22'));
    expect(tPlural('case.daysLeft', 12)).toBe(many.replace('5', '12'));
  });

  it('uses the zero form for none and groups digits per language', async () => {
    await switchLocale('de');
    expect(tPlural('case.daysLeft', 0)).toBe(read('', 'de')['case.daysLeft.zero']);
    expect(tPlural('case.daysLeft', 1200)).toContain('1.200');
    await switchLocale('fr');
    expect(t('app.name')).toBe('Widerspruch');
    expect(tPlural('case.daysLeft', 1200)).toContain('1\u202f200');
  });
});
