import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every message key is used by the app: a key that no code names is wording nobody sees, and
// translators would keep translating it. A key counts as used where the app's code (tests
// aside) names it in quotes, names its plural base (`tPlural('case.daysLeft', n)`), or builds
// it from a prefix (`t(`kind.${kind}`)`, which uses every `kind.*` key).

const SRC = join(import.meta.dirname, '..');
const GROUPS = ['', 'scan.', 'data.', 'remedies.', 'letters.', 'meta.'] as const;
const FORM = /\.(zero|one|two|few|many|other)$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const code = sources(SRC)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
/** Prefixes of keys the app builds at run time, e.g. "kind." from `kind.${kind}`. */
const prefixes = [...new Set([...code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z]+)*\.)\$\{/g)])]
  .map((m) => m[1] ?? '')
  .filter((p) => p.length > 2);

function named(key: string): boolean {
  const base = key.replace(FORM, '');
  return (
    [`'${base}'`, `"${base}"`, `\`${base}\``].some((quoted) => code.includes(quoted)) ||
    prefixes.some((p) => key.startsWith(p))
  );
}

describe('message keys', () => {
  it('finds the prefixes the app builds keys from', () => {
    // If this fails, the search for built keys no longer sees them (and would miss uses).
    expect(prefixes).toEqual(expect.arrayContaining(['kind.', 'letter.title.', 'fact.quality.']));
  });

  it.each(GROUPS.map((g) => [g || 'app.', g] as const))('%s: every key is used', (_, group) => {
    const url = new URL(`./${group}de.json`, import.meta.url);
    const keys = Object.keys(JSON.parse(readFileSync(url, 'utf8')) as Record<string, string>);
    expect(keys.filter((key) => !named(key))).toEqual([]);
  });
});
