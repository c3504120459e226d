import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCaseRepositoryContract } from '@widerspruch/core/testing';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore, StoreError } from '../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'widerspruch-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeCaseRepositoryContract('SQLite', async () => openSqliteStore(join(dir, `s${++n}.sqlite`)));

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
