import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type Case,
  type CaseEvent,
  type CaseRepository,
  CaseSchema,
  type EvidenceBlob,
  type ExportData,
  type LoadedData,
  mergeCase,
  type Profile,
  ProfileSchema,
} from '@widerspruch/core';
import Database from 'better-sqlite3';
import * as v from 'valibot';

/** Schema migrations, run in order; `PRAGMA user_version` records the last one applied. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE profiles (id TEXT PRIMARY KEY, json TEXT NOT NULL);
   CREATE TABLE cases (id TEXT PRIMARY KEY, json TEXT NOT NULL);
   CREATE TABLE evidence (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, media_type TEXT NOT NULL, bytes BLOB NOT NULL);`,
  'CREATE TABLE settings (key TEXT PRIMARY KEY, json TEXT NOT NULL);',
];

/** The SQLite store: a case repository plus the CLI's saved settings (e.g. the sender). */
export interface SqliteStore extends CaseRepository {
  getSetting(key: string): unknown;
  putSetting(key: string, value: unknown): void;
}

/** Why the store could not be opened. */
export class StoreError extends Error {}

/**
 * Cases in a SQLite file (WAL journal; every write is one transaction, so a killed process
 * leaves the file as it was before or after that write, never in between).
 */
export function openSqliteStore(path: string): SqliteStore {
  const db = openDatabase(path);
  const getCase = db.prepare<[string], { json: string }>('SELECT json FROM cases WHERE id = ?');
  const putCaseRow = db.prepare('INSERT OR REPLACE INTO cases (id, json) VALUES (?, ?)');
  const putProfileRow = db.prepare('INSERT OR REPLACE INTO profiles (id, json) VALUES (?, ?)');
  const putProfileIfNew = db.prepare('INSERT OR IGNORE INTO profiles (id, json) VALUES (?, ?)');
  const putEvidenceRow = db.prepare(
    'INSERT OR IGNORE INTO evidence (sha256, name, media_type, bytes) VALUES (?, ?, ?, ?)',
  );
  const getEvidenceRow = db.prepare<[string], EvidenceRow>(
    'SELECT sha256, name, media_type, bytes FROM evidence WHERE sha256 = ?',
  );

  const readCase = (id: string): Case | undefined => {
    const row = getCase.get(id);
    return row === undefined ? undefined : v.parse(CaseSchema, JSON.parse(row.json));
  };
  const append = db.transaction((caseId: string, events: readonly CaseEvent[]): Case => {
    const stored = readCase(caseId);
    if (stored === undefined) throw new StoreError(`case ${caseId} not found`);
    const updated = mergeCase(stored, { ...stored, events: [...events] });
    putCaseRow.run(caseId, JSON.stringify(updated));
    return updated;
  });
  const importAll = db.transaction((data: ExportData) => {
    for (const profile of data.profiles) putProfileIfNew.run(profile.id, JSON.stringify(profile));
    for (const incoming of data.cases) {
      const stored = readCase(incoming.id);
      const merged = stored === undefined ? incoming : mergeCase(stored, incoming);
      putCaseRow.run(incoming.id, JSON.stringify(merged));
    }
    for (const blob of data.evidence ?? []) {
      putEvidenceRow.run(blob.sha256, blob.name, blob.mediaType, Buffer.from(blob.bytes));
    }
  });

  return {
    loadAll: async () => loadAll(db),
    putProfile: async (profile: Profile) => {
      putProfileRow.run(profile.id, JSON.stringify(profile));
    },
    putCase: async (c: Case) => {
      putCaseRow.run(c.id, JSON.stringify(c));
    },
    appendEvents: async (caseId, events) => append(caseId, events),
    deleteCase: async (id) => {
      db.prepare('DELETE FROM cases WHERE id = ?').run(id);
    },
    importData: async (data) => {
      importAll(data);
    },
    putEvidence: async (blob) => {
      putEvidenceRow.run(blob.sha256, blob.name, blob.mediaType, Buffer.from(blob.bytes));
    },
    getEvidence: async (sha256) => {
      const row = getEvidenceRow.get(sha256);
      return row === undefined ? undefined : toBlob(row);
    },
    allEvidence: async () =>
      db
        .prepare<[], EvidenceRow>(
          'SELECT sha256, name, media_type, bytes FROM evidence ORDER BY sha256',
        )
        .all()
        .map(toBlob),
    clearAll: async () => {
      db.transaction(() => {
        db.exec(
          'DELETE FROM cases; DELETE FROM profiles; DELETE FROM evidence; DELETE FROM settings;',
        );
      })();
    },
    close: () => db.close(),
    getSetting: (key) => {
      const row = db
        .prepare<[string], { json: string }>('SELECT json FROM settings WHERE key = ?')
        .get(key);
      return row === undefined ? undefined : JSON.parse(row.json);
    },
    putSetting: (key, value) => {
      db.prepare('INSERT OR REPLACE INTO settings (key, json) VALUES (?, ?)').run(
        key,
        JSON.stringify(value),
      );
    },
  };
}

interface EvidenceRow {
  sha256: string;
  name: string;
  media_type: string;
  bytes: Buffer;
}

function toBlob(row: EvidenceRow): EvidenceBlob {
  return {
    sha256: row.sha256,
    name: row.name,
    mediaType: row.media_type,
    bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength).slice(),
  };
}

function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
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

function migrate(db: Database.Database): void {
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
    db.transaction(() => {
      db.exec(MIGRATIONS[i] ?? '');
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}

function loadAll(db: Database.Database): LoadedData {
  let unreadable = 0;
  const parse = <T>(schema: v.GenericSchema<unknown, T>, rows: { json: string }[]): T[] =>
    rows.flatMap((row) => {
      try {
        const result = v.safeParse(schema, JSON.parse(row.json));
        if (result.success) return [result.output];
      } catch {
        // counted below
      }
      unreadable++;
      return [];
    });
  const profiles = parse(
    ProfileSchema,
    db.prepare<[], { json: string }>('SELECT json FROM profiles ORDER BY rowid').all(),
  );
  const cases = parse(
    CaseSchema,
    db.prepare<[], { json: string }>('SELECT json FROM cases ORDER BY rowid').all(),
  );
  return { profiles, cases, unreadable };
}
