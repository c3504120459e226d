import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite-store.js';

// Runs the built command (`npx tsc -b` first), as people and scripts do, several at a time.
const dir = mkdtempSync(join(tmpdir(), 'widerspruch-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bin = join(import.meta.dirname, '..', 'bin', 'widerspruch.js');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(store: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, LANG: 'de_DE.UTF-8', WIDERSPRUCH_STORE: store },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function loadAll(store: string) {
  const s = openSqliteStore(store);
  try {
    return await s.loadAll();
  } finally {
    s.close();
  }
}

describe('several processes on one store', () => {
  it('records every note when 20 processes add one at the same time', async () => {
    const store = join(dir, 'notes.sqlite');
    const added = await run(store, ['case', 'add', 'facebook', '--account', 'a@example.org']);
    expect(added.code).toBe(0);
    const id = added.stdout.trim().split('\n').at(-1) as string;
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        run(store, ['case', 'event', id, 'note', '--note', `Notiz ${i}`]),
      ),
    );
    expect(runs.map((r) => r.stderr).filter(Boolean)).toEqual([]);
    expect(runs.map((r) => r.code)).toEqual(Array(20).fill(0));
    const { cases } = await loadAll(store);
    const notes = cases[0]?.events.flatMap((e) => (e.note ? [e.note] : [])) ?? [];
    expect(notes.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `Notiz ${i}`).sort());
  }, 60_000);

  it('waits for a process that is creating a new store instead of creating it again', async () => {
    // The schema of a new store, as a first process writes it (not committed yet).
    const template = join(dir, 'template.sqlite');
    openSqliteStore(template).close();
    const t = new Database(template, { readonly: true });
    const schema = t
      .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table'")
      .all();
    const version = t.pragma('user_version', { simple: true });
    t.close();
    const store = join(dir, 'new.sqlite');
    const first = new Database(store);
    first.pragma('journal_mode = WAL');
    first.exec('BEGIN IMMEDIATE');
    for (const { sql } of schema) first.exec(sql);
    first.pragma(`user_version = ${version}`);
    const second = run(store, ['case', 'add', 'facebook', '--account', 'a@example.org']);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    first.exec('COMMIT');
    first.close();
    const r = await second;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((await loadAll(store)).cases).toHaveLength(1);
  }, 60_000);
});
