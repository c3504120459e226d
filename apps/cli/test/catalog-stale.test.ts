import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogFixture } from '@widerspruch/catalog/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function writeCatalog(controller: string, platform: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'widerspruch-stale-'));
  dirs.push(dir);
  const files = catalogFixture() as { file: string; data: any }[];
  files[0]!.data.verified = controller;
  files[1]!.data.verified = platform;
  for (const { file, data } of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(data, null, 2));
  }
  return dir;
}

async function stale(args: string[], today = '2026-12-06') {
  const f = fakeIo({ today: () => today });
  const code = await runCli(['catalog', 'stale', ...args], f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe('widerspruch catalog stale', () => {
  it('lists records older than 180 days by default, oldest first, with the clock passed in', async () => {
    const dir = writeCatalog('2026-01-01', '2026-05-01');
    const { code, stdout } = await stale(['--dir', dir, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'controllers/example-controller  verified 2026-01-01  339 days ago\n' +
        'platforms/example               verified 2026-05-01  219 days ago\n' +
        '2 records with facts older than 180 days (today is 6 December 2026).\n',
    );
  });

  it('honours --days and says so when nothing is older', async () => {
    const dir = writeCatalog('2026-11-01', '2026-12-01');
    expect((await stale(['--dir', dir, '--days', '30', '--lang', 'en'])).stdout).toBe(
      'controllers/example-controller  verified 2026-11-01  35 days ago\n' +
        '1 record with facts older than 30 days (today is 6 December 2026).\n',
    );
    const none = await stale(['--dir', dir, '--lang', 'de']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe(
      'Keine Angaben älter als 180 Tage (heute ist der 6. Dezember 2026).\n',
    );
  });

  it('prints JSON with --json', async () => {
    const dir = writeCatalog('2026-01-01', '2026-12-06');
    const { code, stdout } = await stale(['--dir', dir, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      today: '2026-12-06',
      days: 180,
      count: 1,
      records: [
        {
          kind: 'controller',
          id: 'example-controller',
          name: 'Example Ltd',
          verified: '2026-01-01',
          ageDays: 339,
        },
      ],
    });
  });

  it('rejects a --days that is not a whole number, saying what to do', async () => {
    const { code, stderr } = await stale(['--days', 'soon', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '"soon" is not a number of days. Give a whole number, e.g. --days 90.',
    );
  });

  it('runs on the bundled catalog', async () => {
    const { code, stdout } = await stale(['--json'], '2026-12-06');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.days).toBe(180);
    expect(Array.isArray(out.records)).toBe(true);
    // Far in the future every record is stale: the list covers the whole catalog.
    const later = JSON.parse((await stale(['--json', '--days', '0'], '2036-01-01')).stdout);
    const kinds = new Set(later.records.map((r: { kind: string }) => r.kind));
    expect([...kinds].sort()).toEqual(['authority', 'controller', 'platform', 'remedy']);
    const text = (await stale(['--days', '0'], '2036-01-01')).stdout;
    expect(text).toMatch(/^remedies\/somi-meta-ai-training-de /m);
    const platforms = later.records.filter((r: { kind: string }) => r.kind === 'platform');
    expect(platforms.length).toBeGreaterThanOrEqual(51);
  });
});
