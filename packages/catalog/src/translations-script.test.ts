import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { textHash } from './translations.js';

// The script reads the built package (packages/catalog/dist), as `npm run translations` does.
const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'scripts', 'translations.mjs');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const record = {
  id: 'example',
  title: { de: 'Formular', en: 'Form' },
  steps: [
    { de: 'Formular öffnen', en: 'Form' },
    { de: 'Senden', en: 'Send' },
  ],
};

function catalog(): string {
  const dir = mkdtempSync(join(tmpdir(), 'widerspruch-translations-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'data', 'platforms'), { recursive: true });
  writeFileSync(join(dir, 'data', 'platforms', 'example.json'), JSON.stringify(record));
  mkdirSync(join(dir, 'translations', 'fr', 'platforms'), { recursive: true });
  writeFileSync(
    join(dir, 'translations', 'fr', 'platforms', 'example.json'),
    JSON.stringify({ 'steps/1': { text: 'Envoyer', source: textHash('Sent'), reviewed: true } }),
  );
  return dir;
}

const run = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

describe('npm run translations', () => {
  it('lists missing and outdated texts of a language', () => {
    const dir = catalog();
    const listed = run('fr', '--catalog', dir);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('missing: platforms/example.json → title\n  en: Form');
    expect(listed.stdout).toContain('outdated: platforms/example.json → steps/1\n  en: Send');
    expect(listed.stderr).toContain('translations fr: 2 missing, 1 outdated');
  });

  it('writes a to-do list once per English text and imports it with the right hashes', () => {
    const dir = catalog();
    const todo = join(dir, 'todo.json');
    expect(run('fr', '--catalog', dir, '--todo', todo).status).toBe(0);
    const list = JSON.parse(readFileSync(todo, 'utf8'));
    expect(Object.keys(list).sort()).toEqual([textHash('Form'), textHash('Send')].sort());
    expect(list[textHash('Form')]).toMatchObject({
      en: 'Form',
      places: ['platforms/example.json#title', 'platforms/example.json#steps/0'],
      text: '',
    });
    expect(list[textHash('Send')].outdated).toBe('Envoyer');

    list[textHash('Form')].text = 'Formulaire';
    writeFileSync(todo, JSON.stringify(list));
    expect(run('fr', '--catalog', dir, '--import', todo).status).toBe(0);
    const file = JSON.parse(
      readFileSync(join(dir, 'translations', 'fr', 'platforms', 'example.json'), 'utf8'),
    );
    const entry = { text: 'Formulaire', source: textHash('Form'), reviewed: false };
    expect(file).toEqual({
      title: entry,
      'steps/0': entry,
      'steps/1': { text: 'Envoyer', source: textHash('Sent'), reviewed: true },
    });
    expect(Object.keys(file)).toEqual(['title', 'steps/0', 'steps/1']);
  });

  it('refuses a language that is not translated', () => {
    const result = run('de', '--catalog', catalog());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('fr, es, it, nl, pl');
  });
});
