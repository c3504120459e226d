import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeExport } from '@widerspruch/core';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'widerspruch-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bin = join(import.meta.dirname, '..', 'bin', 'widerspruch.js');
// Cases in the imported file: enough that the import outlasts the last kill.
const COUNT = 20_000;

function bigExport(count: number): string {
  const profile = { id: 'p', name: 'Ich', createdAt: '2026-03-10T00:00:00.000Z' };
  const cases = Array.from({ length: count }, (_, i) => ({
    id: `case-${i}`,
    platform: 'facebook',
    account: `konto-${i}@example.org`,
    profile: 'p',
    createdAt: '2026-03-10T00:00:00.000Z',
    events: Array.from({ length: 5 }, (_, j) => ({
      id: `e-${i}-${j}`,
      kind: 'note' as const,
      at: '2026-03-10T00:00:00.000Z',
      note: 'x'.repeat(200),
    })),
  }));
  return serializeExport({ profiles: [profile], cases }, '2026-03-10T00:00:00.000Z');
}

/** Runs the CLI and kills it with SIGKILL after a delay; true if it was killed, not done. */
function runUntilKilled(args: string[], afterMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL');
    });
  });
}

describe('killing the CLI while it writes', () => {
  it('never corrupts the store: each import is all or nothing', async () => {
    const store = join(dir, 'store.sqlite');
    const file = join(dir, 'big.json');
    writeFileSync(file, bigExport(COUNT));
    const seed = openSqliteStore(store);
    await seed.putProfile({ id: 'p0', name: 'Ich', createdAt: '2026-03-10T00:00:00.000Z' });
    seed.close();
    // An import of this file takes about 1.7 s here; the kills land before, during and
    // (for later runs, which rewrite the same rows) inside the write transaction.
    const delays = [150, 250, 350, 450, 600, 750, 900];
    let killed = 0;
    for (const delay of delays) {
      if (await runUntilKilled(['case', 'import', file, '--store', store], delay)) killed++;
      const db = new Database(store);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
      const reopened = openSqliteStore(store);
      const { cases, unreadable } = await reopened.loadAll();
      reopened.close();
      expect(unreadable).toBe(0);
      expect([0, COUNT]).toContain(cases.length);
      if (cases.length === COUNT) expect(cases.every((c) => c.events.length === 5)).toBe(true);
    }
    expect(
      killed,
      'the CLI finished before every kill; make the file larger',
    ).toBeGreaterThanOrEqual(4);
  }, 60_000);
});
