import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Polish names a supervisory authority by the title of its office, as UODO's head is the
// "Prezes Urzędu Ochrony Danych Osobowych" whoever holds it: the German commissioners are
// "Pełnomocnik ds. …" in their records, so running text and other records say the same
// (the German "Beauftragte" and the English "Commissioner" do not tell a gender).

const DIR = join(import.meta.dirname, '..', 'translations', 'pl');

function texts(dir: string): { file: string; path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) return texts(file);
    const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { text?: unknown }>;
    return Object.entries(record).flatMap(([path, value]) =>
      typeof value?.text === 'string' ? [{ file: entry.name, path, text: value.text }] : [],
    );
  });
}

describe('Polish catalog texts', () => {
  const all = texts(DIR);

  it('name the German commissioners with the office title', () => {
    expect(
      all.filter((t) => /Pełnomocnik ds\. Ochrony Danych/.test(t.text)).length,
    ).toBeGreaterThan(10);
    const other = all.filter((t) => /pełnomocniczk/i.test(t.text));
    expect(other.map((t) => `${t.file} ${t.path}`)).toEqual([]);
  });
});
