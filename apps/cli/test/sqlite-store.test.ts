import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidRecordError } from '@widerspruch/core';
import { describeCaseRepositoryContract } from '@widerspruch/core/testing';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore, StoreError } from '../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'widerspruch-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paths = new Map<unknown, string>();
describeCaseRepositoryContract(
  'SQLite',
  async () => {
    const path = join(dir, `s${++n}.sqlite`);
    const store = openSqliteStore(path);
    paths.set(store, path);
    return store;
  },
  // The store's files byte for byte: the database and its write-ahead log.
  async (repo) => {
    const path = paths.get(repo) ?? '';
    const read = (p: string) => (existsSync(p) ? readFileSync(p).toString('base64') : '');
    return `${read(path)}|${read(`${path}-wal`)}`;
  },
);

describe('SQLite store files', () => {
  it('uses WAL and creates missing folders', async () => {
    const path = join(dir, 'deep', 'er', 'store.sqlite');
    const store = openSqliteStore(path);
    store.close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('refuses a file that is not a store, and one from a newer version', () => {
    const notSqlite = join(dir, 'text.sqlite');
    writeFileSync(notSqlite, 'hello, this is not a database file at all, just text');
    expect(() => openSqliteStore(notSqlite)).toThrow(StoreError);
    const foreign = join(dir, 'foreign.sqlite');
    const db = new Database(foreign);
    db.exec('CREATE TABLE other (x)');
    db.close();
    expect(() => openSqliteStore(foreign)).toThrow(/another program/);
    const newer = join(dir, 'newer.sqlite');
    const db2 = new Database(newer);
    db2.pragma('user_version = 99');
    db2.close();
    expect(() => openSqliteStore(newer)).toThrow(/newer version/);
  });
});

describe('SQLite store writes', () => {
  const at = '2026-03-10T00:00:00.000Z';
  const valid = {
    id: 'c',
    platform: 'facebook',
    account: 'a@example.org',
    profile: 'p',
    createdAt: at,
    events: [{ id: 'e1', kind: 'submitted' as const, at, date: '2026-03-10' }],
  };

  it('refuses what it could not read back, and keeps what was stored', async () => {
    const store = openSqliteStore(join(dir, 'limits.sqlite'));
    await store.putCase(valid);
    const long = (k: number) => 'x'.repeat(k);
    await expect(store.putCase({ ...valid, id: 'd', account: long(501) })).rejects.toThrow(
      InvalidRecordError,
    );
    await expect(
      store.appendEvents('c', [{ id: 'e2', kind: 'note', at, note: long(20_001) }]),
    ).rejects.toThrow(/events\.1\.note is longer than 20,000 characters/);
    await expect(store.putProfile({ id: 'p', name: long(201), createdAt: at })).rejects.toThrow(
      /name is longer than 200/,
    );
    await expect(
      store.importData({ profiles: [], cases: [{ ...valid, id: 'e', account: long(600) }] }),
    ).rejects.toThrow(InvalidRecordError);
    expect(await store.loadAll()).toEqual({ profiles: [], cases: [valid], unreadable: 0 });
    store.close();
  });
});
