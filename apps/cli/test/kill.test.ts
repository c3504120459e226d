import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeExport } from '@widerspruch/core';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { bulkCase } from './bulk-cases.js';

const dir = mkdtempSync(join(tmpdir(), 'widerspruch-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bin = join(import.meta.dirname, '..', 'bin', 'widerspruch.js');
// Cases in the imported file: enough that the import outlasts the last kill.
const COUNT = 20_000;

function bigExport(count: number): string {
  const profile = { id: 'p', name: 'Ich', createdAt: '2026-03-10T00:00:00.000Z' };
  const cases = Array.from({ length: count }, (_, i) => bulkCase(i, 200));
  return serializeExport({ profiles: [profile], cases }, '2026-03-10T00:00:00.000Z');
}

/**
 * Runs the CLI and kills it with SIGKILL after a delay in ms, or once the store's write-ahead
 * log has grown by `{ walBytes }` (so the kill lands inside the write transaction, whatever
 * the machine's speed); true if it was killed, not done.
 */
function runUntilKilled(
  args: string[],
  when: number | { walBytes: number; wal: string },
): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: 'ignore' });
    const kill = () => child.kill('SIGKILL');
    let timer: NodeJS.Timeout;
    if (typeof when === 'number') timer = setTimeout(kill, when);
    else {
      const size = () => statSync(when.wal, { throwIfNoEntry: false })?.size ?? 0;
      const start = size();
      timer = setInterval(() => {
        if (size() - start >= when.walBytes) kill();
      }, 2);
    }
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      clearInterval(timer);
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
    // Kills while the CLI starts and reads the file (delays), and inside the write
    // transaction (once the write-ahead log grows): every import is all or nothing.
    const wal = `${store}-wal`;
    const kills = [150, 300, 450, { wal, walBytes: 4096 }, { wal, walBytes: 1 << 20 }];
    let killed = 0;
    let killedWriting = 0;
    for (const when of kills) {
      if (await runUntilKilled(['case', 'import', file, '--store', store], when)) {
        killed++;
        if (typeof when !== 'number') killedWriting++;
      }
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
      'the CLI finished before the kills; make the file larger',
    ).toBeGreaterThanOrEqual(4);
    expect(killedWriting, 'no kill landed inside the write transaction').toBe(2);
  }, 60_000);
});
