import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// The built CLI in a process of its own: the unit tests register every language at once,
// so only here does the CLI load its wording the way it does for a person.
const bin = join(import.meta.dirname, '..', 'bin', 'widerspruch.js');
const dir = mkdtempSync(join(tmpdir(), 'widerspruch-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Writes down every module the CLI loads (to the file named by LOADED_LOG).
const register = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'bench',
  'loaded-modules',
  'register.mjs',
);

const run = promisify(execFile);

async function cli(args: string[], env: Record<string, string> = {}, log?: string) {
  const node = log ? ['--import', register] : [];
  try {
    const { stdout, stderr } = await run(process.execPath, [...node, bin, ...args], {
      env: { PATH: process.env.PATH ?? '', LANG: 'de_DE.UTF-8', ...env, LOADED_LOG: log ?? '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The wording modules (messages, help, core's texts) of each language the CLI loaded. */
async function wordingLoaded(args: string[], env: Record<string, string> = {}) {
  const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, '');
  const result = await cli(args, env, log);
  const urls = readFileSync(log, 'utf8').split('\n');
  const languages = new Set(
    urls
      .map((url) => /\/(?:messages|help|core-text)\.([a-z]{2})\.js$/.exec(url)?.[1])
      .filter((l) => l !== undefined),
  );
  return { ...result, urls, languages: [...languages].sort() };
}

describe('the CLI loads the language it speaks', { timeout: 30_000 }, () => {
  it('loads one language for --version, --help and a command', async () => {
    const version = await wordingLoaded(['--version'], { LANG: 'fr_FR.UTF-8' });
    expect(version.stdout.trim()).toBe('0.1.0');
    expect(version.languages).toEqual(['fr']);
    // Nor the catalog's schema (and its validation library), which only commands need.
    expect(version.urls.filter((url) => url.includes('/valibot/'))).toEqual([]);
    const help = await wordingLoaded(['--help', '--lang', 'es']);
    expect(help.stdout).toContain('Uso:');
    expect(help.languages).toEqual(['es']);
    const guide = await wordingLoaded(['guide', 'facebook', '--lang', 'pl']);
    expect(guide.code).toBe(0);
    expect(guide.stdout).toMatch(/Stan informacji na dzień: \d{1,2} \p{L}+ \d{4} r\./u);
    expect(guide.languages).toEqual(['pl']);
  });

  it('words failures in that language, from the CLI and from core', async () => {
    const unknown = await cli(['frobnicate'], { LANG: 'nl_NL.UTF-8' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('De opdracht ‘frobnicate’ bestaat niet.');
    const reason = await cli(['text', 'facebook', '--reason', 'childern', '--lang', 'it']);
    expect(reason.code).toBe(2);
    expect(reason.stderr).toContain('Il motivo «childern» non esiste. Intendeva «children»?');
  });

  it('loads the authority’s language for a complaint, and the reading copy’s', async () => {
    const store = join(dir, 'cases.db');
    const common = ['--store', store, '--lang', 'de'];
    const added = await cli(
      ['case', 'add', 'instagram', '--account', 'anna@example.org'].concat(
        ['--submitted', '2026-01-05', '--json'],
        common,
      ),
    );
    expect(added.code).toBe(0);
    const id = (JSON.parse(added.stdout) as { id: string }).id;
    const letter = ['letter', 'complaint', '--case', id, '--country', 'FR'];
    const sender = ['--name', 'Anna Beispiel', '--address', 'Rue Exemple 1, Paris'];
    const french = await wordingLoaded([...letter, ...sender, ...common]);
    expect(french.code).toBe(0);
    expect(french.stderr).toContain('Das Schreiben ist auf Französisch');
    expect(french.stdout).toContain('Madame, Monsieur,');
    expect(french.languages).toEqual(['de', 'fr']);
    const reading = await cli([...letter, ...sender, ...common, '--translation']);
    expect(reading.code).toBe(0);
    expect(reading.stdout).toContain('Sehr geehrte Damen und Herren,');
  });
});
