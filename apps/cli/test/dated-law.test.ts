import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

// The CLI on both sides of 2 April 2027, when Regulation (EU) 2025/2518 starts to apply:
// the clock is the injected `today` of the CLI's IO.
const dir = mkdtempSync(join(tmpdir(), 'widerspruch-dated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function cli(today: string, store: string, ...args: string[]) {
  const f = fakeIo({
    env: { LANG: 'de_DE.UTF-8', WIDERSPRUCH_STORE: store },
    today: () => today,
    now: () => `${today}T10:00:00.000Z`,
  });
  const code = await runCli(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

const SENDER = ['--name', 'Anna Muster', '--address', 'Musterstraße 1, 20095 Hamburg'];
const HAMBURG = ['--country', 'DE', '--region', 'HH'];

/** `letter complaint` for a case on `today`, from a sender in Hamburg. */
function complaint(today: string, store: string, id: string) {
  return cli(today, store, 'letter', 'complaint', '--case', id, ...SENDER, ...HAMBURG);
}

async function newCase(submitted?: string): Promise<{ store: string; id: string }> {
  const store = join(dir, `store-${++n}.sqlite`);
  const sent = submitted === undefined ? [] : ['--submitted', submitted];
  const r = await cli(
    '2027-01-20',
    store,
    'case',
    'add',
    'facebook',
    '--account',
    'a@example.org',
    ...sent,
  );
  expect(r.code).toBe(0);
  return { store, id: r.stdout.trim().split('\n').at(-1) as string };
}

describe('widerspruch letter complaint around 2 April 2027', () => {
  it('states the objection sent first, with date and evidence, only from the date', async () => {
    const { store, id } = await newCase('2027-01-10');
    const before = await complaint('2027-04-01', store, id);
    expect(before.code).toBe(0);
    expect(before.stdout).not.toContain('2025/2518');
    expect(before.stderr).not.toContain('2025/2518');
    const from = await complaint('2027-04-02', store, id);
    expect(from.code).toBe(0);
    expect(from.stdout).toContain('Mein Widerspruch ging am 10. Januar 2027 an Meta.');
    expect(from.stdout).toContain('das Datum habe ich selbst festgehalten');
    // The complaint route and the authority finder say what changes.
    expect(from.stderr).toContain('schicken Sie Ihre Nachweise');
    expect(from.stderr).toContain('binnen sechs Wochen an die federführende Behörde (DPC)');
  });

  it('refuses a complaint without a recorded objection, naming the new rule from the date', async () => {
    const { store, id } = await newCase();
    const before = await complaint('2027-04-01', store, id);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('noch nicht als abgeschickt eingetragen');
    const from = await complaint('2027-04-02', store, id);
    expect(from.code).toBe(2);
    expect(from.stdout).toBe('');
    expect(from.stderr).toContain('Verordnung (EU) 2025/2518');
    expect(from.stderr).toContain(`widerspruch case event ${id} submitted --date`);
  });
});

describe('widerspruch guide: remedies and the law in flux', () => {
  it('names the collective action over AI training and how to join it (facebook, de)', async () => {
    const r = await cli(
      '2026-12-06',
      join(dir, 'unused.sqlite'),
      'guide',
      'facebook',
      '--lang',
      'de',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sammelklage in Deutschland wegen Metas KI-Training');
    expect(r.stdout).toContain(
      '→ kostenlos: Selbst im Verbandsklageregister des Bundesamts für Justiz',
    );
    expect(r.stdout).toContain('→ 7,50\u00a0€: Über SOMIs Website facebookaiclaim.de');
    expect(r.stdout).toContain('ECLI:NL:RBAMS:2025:3381');
    // The data-leak action is a different matter, said so, and listed after the AI ones.
    const leak = r.stdout.indexOf('Sammelklage des vzbv wegen des Facebook-Datenlecks von 2021');
    expect(leak).toBeGreaterThan(r.stdout.indexOf('Andere Verfahren (nicht zum KI-Training)'));
    expect(r.stdout).toContain(
      'Diese Klage betrifft das Datenleck von 2021, nicht das KI-Training.',
    );
    expect(r.stdout).toContain('Recht im Wandel');
    expect(r.stdout).toContain('18. Juni 2026');
    expect(r.stdout).not.toMatch(/neues Recht|Opt-out-Recht/);
  });

  it('gives remedies and the note in JSON, in English', async () => {
    const r = await cli(
      '2026-12-06',
      join(dir, 'unused.sqlite'),
      'guide',
      'instagram',
      '--lang',
      'en',
      '--json',
    );
    expect(r.code).toBe(0);
    const guide = JSON.parse(r.stdout);
    const ids = guide.remedies.map((x: { id: string }) => x.id);
    expect(ids[0]).toBe('somi-meta-ai-training-de');
    expect(ids).not.toContain('vzbv-meta-data-leak-2021');
    expect(guide.remedies[0].join.routes.map((x: { cost: string }) => x.cost)).toEqual([
      'free of charge',
      '€7.50',
    ]);
    expect(guide.lawInFlux.title).toBe('Law in flux');
  });

  it('prints no remedies section for a platform without any, but the note', async () => {
    const r = await cli(
      '2026-12-06',
      join(dir, 'unused.sqlite'),
      'guide',
      'linkedin',
      '--lang',
      'de',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Gerichte und Sammelklagen');
    expect(r.stdout).toContain('Recht im Wandel');
  });
});
