import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Source folders whose wording must choose the language by a `Record<Locale, …>` lookup.
 * Add each folder here once its wording has moved to per-locale modules.
 */
const CHECKED = [
  'packages/catalog/src',
  'packages/core/src',
  'packages/export-reader/src',
  'apps/cli/src',
  'apps/web/src',
];

/**
 * Choices by language that fall back silently when a language is added: comparisons with
 * one language and a positional pick of wording (`pick(locale, 'Hallo', 'Hello')`; a JSON
 * field picker such as `pick(fields, names)` is something else).
 */
const SILENT_CHOICE = /[!=]==\s*'(de|en)'|'(de|en)'\s*[!=]==|\bpick\((?:locale|lang|l)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('choices by language', () => {
  it('are lookups by locale, never comparisons with one language', () => {
    const found: string[] = [];
    for (const dir of CHECKED) {
      for (const file of sources(join(repo, dir))) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (SILENT_CHOICE.test(line))
              found.push(`${relative(repo, file)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(found).toEqual([]);
  });

  it('recognises the patterns it forbids', () => {
    for (const line of ["locale === 'de' ? a : b", "if ('en' !== lang)", 'pick(locale, de, en)']) {
      expect(line).toMatch(SILENT_CHOICE);
    }
    expect('LOCALE_INFO[locale].name').not.toMatch(SILENT_CHOICE);
  });
});
