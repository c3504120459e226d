import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locale } from '@widerspruch/catalog';
import {
  type Case,
  type Problem,
  parseExport,
  problemText,
  serializeExport,
  sha256Hex,
} from '@widerspruch/core';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage } from '../../web/src/storage/db.js';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

/** A problem in words (empty when there is none). */
const words = (p: Problem | undefined, locale: Locale): string =>
  p ? problemText(p.detail, locale) : '';

const dir = mkdtempSync(join(tmpdir(), 'widerspruch-roundtrip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(store: string, ...args: string[]) {
  const f = fakeIo({ env: { LANG: 'en_GB.UTF-8', WIDERSPRUCH_STORE: store } });
  const code = await runCli(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe('web app ⇄ CLI', () => {
  it('a backup from the web app imports in the CLI and back, losing nothing', async () => {
    const web = await openStorage('roundtrip-web');
    const bytes = new Uint8Array(
      readFileSync(join(import.meta.dirname, 'fixtures', 'meta-confirmation.eml')),
    );
    const sha256 = await sha256Hex(bytes);
    const profile = { id: 'p1', name: 'Ich', createdAt: '2026-03-10T09:00:00.000Z' };
    const c: Case = {
      id: 'c1',
      platform: 'instagram',
      account: 'a@example.org',
      profile: 'p1',
      createdAt: '2026-03-10T09:00:00.000Z',
      events: [
        { id: 'e1', kind: 'submitted', at: '2026-03-10T09:00:00.000Z', date: '2026-03-10' },
        {
          id: 'e2',
          kind: 'evidence-added',
          at: '2026-03-11T09:00:00.000Z',
          evidence: {
            sha256,
            name: 'bestätigung.eml',
            mediaType: 'message/rfc822',
            size: bytes.length,
          },
        },
        { id: 'e3', kind: 'note', at: '2026-03-11T09:01:00.000Z', note: 'Grüße 👋 <b>x</b>' },
      ],
    };
    await web.putProfile(profile);
    await web.putCase(c);
    await web.putEvidence({ sha256, name: 'bestätigung.eml', mediaType: 'message/rfc822', bytes });
    const fromWeb = serializeExport(
      { ...(await web.loadAll()), evidence: await web.allEvidence() },
      '2026-03-12T00:00:00.000Z',
    );
    const webFile = join(dir, 'from-web.json');
    writeFileSync(webFile, fromWeb);

    const store = join(dir, 'cli.sqlite');
    expect((await cli(store, 'case', 'import', webFile)).code).toBe(0);
    const cliFile = join(dir, 'from-cli.json');
    expect((await cli(store, 'case', 'export', '--out', cliFile)).code).toBe(0);

    const back = await openStorage('roundtrip-web-2');
    const parsed = await parseExport(readFileSync(cliFile, 'utf8'), ['instagram']);
    if (!parsed.ok) throw new Error(words(parsed.problems[0], 'en'));
    await back.importData(parsed.value);
    const loaded = await back.loadAll();
    expect(loaded.profiles).toEqual([profile]);
    expect(loaded.cases).toEqual([c]);
    expect(await back.allEvidence()).toEqual([
      { sha256, name: 'bestätigung.eml', mediaType: 'message/rfc822', bytes },
    ]);
    web.close();
    back.close();
  });
});
