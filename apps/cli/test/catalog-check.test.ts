import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textFields, textHash } from '@widerspruch/catalog';
import { catalogFixture } from '@widerspruch/catalog/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function writeCatalog(change?: (files: { file: string; data: any }[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'widerspruch-catalog-'));
  dirs.push(dir);
  const files = catalogFixture() as { file: string; data: any }[];
  change?.(files);
  for (const { file, data } of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  }
  return dir;
}

async function check(dir: string) {
  const f = fakeIo();
  const code = await runCli(['catalog', 'check', '--dir', dir], f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe('widerspruch catalog check', () => {
  it('passes the catalog shipped in this repository', async () => {
    // The newest records were checked against their sources on 6 December 2026.
    const f = fakeIo({ today: () => '2026-12-06' });
    const code = await runCli(['catalog', 'check'], f.io);
    expect(f.stderr()).not.toContain('error:');
    expect(code).toBe(0);
    expect(f.stdout()).toMatch(/catalog: \d+ records, 0 errors/);
  });

  it('passes a valid catalog folder', async () => {
    const { code, stdout } = await check(writeCatalog());
    expect(code).toBe(0);
    expect(stdout).toBe('catalog: 2 records, 0 errors, 0 warnings\n');
  });

  it('fails on a missing source, naming file and field', async () => {
    const dir = writeCatalog((files) => {
      files[1]!.data.aiTraining.summary.sources = [];
    });
    const { code, stderr } = await check(dir);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'error: platforms/example.json → aiTraining.summary.sources: aiTraining.summary.sources: needs at least one source',
    );
  });

  it('fails on a weakly sourced route not marked uncertain, naming file and field', async () => {
    const dir = writeCatalog((files) => {
      files[1]!.data.sources.push({
        id: 'forum',
        url: 'https://forum.example.org/post',
        title: 'Forum post',
        strength: 'weak',
      });
      files[1]!.data.channels[0].sources = ['forum'];
    });
    const { code, stderr } = await check(dir);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'error: platforms/example.json → channels[0].uncertain: channel "form"',
    );
  });

  it('fails on a bad URL, naming file and field', async () => {
    const dir = writeCatalog((files) => {
      files[1]!.data.channels[0].url = 'http://example.org/form';
    });
    const { code, stderr } = await check(dir);
    expect(code).toBe(1);
    expect(stderr).toContain('error: platforms/example.json → channels[0].url');
    expect(stderr).toContain('https');
  });

  it('fails on an unknown controller, naming file and field', async () => {
    const dir = writeCatalog((files) => {
      files[1]!.data.controller = 'meta-platforms-irland';
    });
    const { code, stderr } = await check(dir);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'error: platforms/example.json → controller: controller "meta-platforms-irland" does not exist',
    );
  });

  it('fails on a verified date after today', async () => {
    const dir = writeCatalog((files) => {
      files[0]!.data.verified = '2026-12-01';
    });
    const { code, stderr } = await check(dir);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'controllers/example-controller.json → verified: verified date 2026-12-01 is in the future',
    );
  });

  it('fails on a file that is not JSON, naming it', async () => {
    const dir = writeCatalog((files) => {
      files[1]!.data = '{ "id": "example", ';
    });
    const { code, stderr } = await check(dir);
    expect(code).toBe(1);
    expect(stderr).toContain('error: platforms/example.json: not valid JSON');
  });

  it('reports translations per language as notes, and lists them with --translations', async () => {
    const dir = writeCatalog();
    const translations = mkdtempSync(join(tmpdir(), 'widerspruch-translations-'));
    dirs.push(translations);
    const platform = catalogFixture().find((f) => f.file.startsWith('platforms/'))!;
    const [field] = textFields(platform.data);
    mkdirSync(join(translations, 'fr', 'platforms'), { recursive: true });
    writeFileSync(
      join(translations, 'fr', platform.file),
      JSON.stringify({
        [field!.path]: { text: 'Traduit', source: textHash(field!.en), reviewed: false },
      }),
    );
    const f = fakeIo();
    const args = ['catalog', 'check', '--dir', dir, '--translations-dir', translations];
    expect(await runCli([...args, '--translations', 'fr'], f.io)).toBe(0);
    const lines = f.stdout().split('\n');
    expect(lines[0]).toMatch(
      /^note: translations fr: 1 of (\d+) texts current \(0 reviewed\), \d+ missing, 0 outdated, 0 unknown$/,
    );
    expect(lines[1]).toMatch(/^ {2}fr missing: \w+\/[\w-]+\.json → \S+$/);
    expect(f.stdout()).not.toContain('translations pl');

    const all = fakeIo();
    expect(await runCli(args, all.io)).toBe(0);
    expect(all.stdout()).toContain('note: translations pl: 0 of');
    expect(all.stdout()).not.toContain(' missing: ');
  });

  it('gives the translation counts in --json, and the lists with --translations', async () => {
    const translations = mkdtempSync(join(tmpdir(), 'widerspruch-translations-'));
    dirs.push(translations);
    const args = ['catalog', 'check', '--dir', writeCatalog(), '--translations-dir', translations];
    const counts = fakeIo();
    expect(await runCli([...args, '--json'], counts.io)).toBe(0);
    const summary = JSON.parse(counts.stdout()).translations;
    expect(summary.map((r: { locale: string }) => r.locale)).toEqual([
      'fr',
      'es',
      'it',
      'nl',
      'pl',
    ]);
    expect(summary[0]).toMatchObject({ translated: 0, outdated: 0, unknown: 0 });
    expect(summary[0].missing).toBe(summary[0].texts);

    const lists = fakeIo();
    expect(await runCli([...args, '--json', '--translations', 'pl'], lists.io)).toBe(0);
    const [pl] = JSON.parse(lists.stdout()).translations;
    expect(pl.locale).toBe('pl');
    expect(pl.missing).toHaveLength(summary[0].texts);
    expect(pl.missing[0]).toEqual({ record: expect.any(String), path: expect.any(String) });
  });

  it('fails on a broken translation file, naming it', async () => {
    const dir = writeCatalog();
    const translations = mkdtempSync(join(tmpdir(), 'widerspruch-translations-'));
    dirs.push(translations);
    mkdirSync(join(translations, 'nl', 'platforms'), { recursive: true });
    writeFileSync(join(translations, 'nl', 'platforms', 'example.json'), '{ "name": ');
    const f = fakeIo();
    const code = await runCli(
      ['catalog', 'check', '--dir', dir, '--translations-dir', translations],
      f.io,
    );
    expect(code).toBe(1);
    expect(f.stderr()).toContain('error: nl/platforms/example.json: not valid JSON');
  });

  it('exits 2 for a folder that does not exist', async () => {
    const { code, stderr } = await check('/nonexistent/catalog');
    expect(code).toBe(2);
    expect(stderr).toContain('--dir');
  });
});
