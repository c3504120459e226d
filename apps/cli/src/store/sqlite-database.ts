import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** Schema migrations, run in order; `PRAGMA user_version` records the last one applied. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE profiles (id TEXT PRIMARY KEY, json TEXT NOT NULL);
   CREATE TABLE cases (id TEXT PRIMARY KEY, json TEXT NOT NULL);
   CREATE TABLE evidence (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, media_type TEXT NOT NULL, bytes BLOB NOT NULL);`,
  'CREATE TABLE settings (key TEXT PRIMARY KEY, json TEXT NOT NULL);',
];

/** Why the store could not be opened. */
export class StoreError extends Error {}

/** There is no store at the path; a command that only reads never creates one. */
export class StoreMissingError extends StoreError {
  constructor(readonly path: string) {
    super(`there is no store at ${path}`);
  }
}

/** `create`: a missing store is created (commands that save); `existing`: it must exist. */
export type OpenMode = 'create' | 'existing';

/**
 * Creates a store file readable only by its owner (0600), in a folder only the owner can
 * open (0700) when the folder is new. SQLite gives its journal files the same permissions.
 */
function createPrivately(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Opens a store file: WAL journal, a busy timeout so that processes wait for each other,
 * deleted content overwritten (secure_delete), and the schema brought up to date. In mode
 * `existing` a missing file is a {@link StoreMissingError}, and nothing is created.
 */
export function openDatabase(path: string, mode: OpenMode = 'create'): Database.Database {
  if (path !== ':memory:') {
    if (!existsSync(path)) {
      if (mode === 'existing') throw new StoreMissingError(path);
      try {
        createPrivately(path);
      } catch (error) {
        throw new StoreError(`cannot create the store ${path}: ${(error as Error).message}`);
      }
    } else {
      try {
        // A store created by an older version may be readable by others; it holds personal data.
        chmodSync(path, 0o600);
      } catch {
        // Not the owner (a shared or read-only store): it is used as it is.
      }
    }
  }
  let db: Database.Database;
  try {
    // The busy timeout first: switching to WAL waits for other processes too.
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS, fileMustExist: path !== ':memory:' });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
  } catch (error) {
    throw new StoreError(`cannot open the store ${path}: ${(error as Error).message}`);
  }
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw new StoreError(
      `${path} is not a Widerspruch store or is damaged (${(error as Error).message})`,
    );
  }
  return db;
}

/** How long a process waits for another one that writes to the store, in ms. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * Brings the schema up to date in one IMMEDIATE transaction: a second process opening a new
 * store waits, then sees the finished schema instead of creating the tables again.
 */
function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`it was written by a newer version of Widerspruch (schema ${current})`);
  }
  if (current === MIGRATIONS.length) return;
  db.transaction(() => migrateLocked(db)).immediate();
}

function migrateLocked(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(`it was written by a newer version of Widerspruch (schema ${version})`);
  }
  if (version === 0) {
    const tables = db
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'")
      .get() as { n: number };
    if (tables.n > 0) throw new Error('it contains tables of another program');
  }
  for (let i = version; i < MIGRATIONS.length; i++) {
    db.exec(MIGRATIONS[i] ?? '');
    db.pragma(`user_version = ${i + 1}`);
  }
}
