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
  validRecord,
} from '@widerspruch/core';
import type Database from 'better-sqlite3';
import * as v from 'valibot';
import { openDatabase, StoreError } from './sqlite-database.js';

export { StoreError } from './sqlite-database.js';

/** A stored case that cannot be read (changed or damaged outside the app). */
export class UnreadableCaseError extends StoreError {
  constructor(readonly caseId: string) {
    super(`the stored case ${caseId} cannot be read`);
  }
}

/** The SQLite store: a case repository plus the CLI's saved settings (e.g. the sender). */
export interface SqliteStore extends CaseRepository {
  getSetting(key: string): unknown;
  putSetting(key: string, value: unknown): void;
  /**
   * The id of the profile called `profile.name`; `profile` is stored if there is none yet.
   * One transaction, so parallel processes never create the same person twice.
   */
  ensureProfile(profile: Profile): string;
}

/**
 * Cases in a SQLite file (WAL journal; every write is one transaction, so a killed process
 * leaves the file as it was before or after that write, never in between).
 */
export function openSqliteStore(path: string): SqliteStore {
  const db = openDatabase(path);
  const getCase = db.prepare<[string], { json: string }>('SELECT json FROM cases WHERE id = ?');
  const putCaseStatement = db.prepare('INSERT OR REPLACE INTO cases (id, json) VALUES (?, ?)');
  const putProfileStatement = db.prepare(
    'INSERT OR REPLACE INTO profiles (id, json) VALUES (?, ?)',
  );
  const putProfileIfNewStatement = db.prepare(
    'INSERT OR IGNORE INTO profiles (id, json) VALUES (?, ?)',
  );
  // Every write goes through these: nothing the store could not read back is ever written.
  const putCaseRow = (c: Case) =>
    putCaseStatement.run(c.id, JSON.stringify(validRecord(CaseSchema, 'case', c)));
  const putProfileRow = (p: Profile) =>
    putProfileStatement.run(p.id, JSON.stringify(validRecord(ProfileSchema, 'profile', p)));
  const putProfileIfNew = (p: Profile) =>
    putProfileIfNewStatement.run(p.id, JSON.stringify(validRecord(ProfileSchema, 'profile', p)));
  const putEvidenceRow = db.prepare(
    'INSERT OR IGNORE INTO evidence (sha256, name, media_type, bytes) VALUES (?, ?, ?, ?)',
  );
  const getEvidenceRow = db.prepare<[string], EvidenceRow>(
    'SELECT sha256, name, media_type, bytes FROM evidence WHERE sha256 = ?',
  );

  // A stored case is merged before it is written again: one that cannot be read (damaged
  // outside the app) stops the write, and the transaction changes nothing.
  const readCase = (id: string): Case | undefined => {
    const row = getCase.get(id);
    if (row === undefined) return undefined;
    try {
      return v.parse(CaseSchema, JSON.parse(row.json));
    } catch {
      throw new UnreadableCaseError(id);
    }
  };
  const append = db.transaction((caseId: string, events: readonly CaseEvent[]): Case => {
    const stored = readCase(caseId);
    if (stored === undefined) throw new StoreError(`case ${caseId} not found`);
    const updated = mergeCase(stored, { ...stored, events: [...events] });
    putCaseRow(updated);
    return updated;
  });
  const importAll = db.transaction((data: ExportData) => {
    for (const profile of data.profiles) putProfileIfNew(profile);
    for (const incoming of data.cases) {
      const stored = readCase(incoming.id);
      putCaseRow(stored === undefined ? incoming : mergeCase(stored, incoming));
    }
    for (const blob of data.evidence ?? []) {
      putEvidenceRow.run(blob.sha256, blob.name, blob.mediaType, Buffer.from(blob.bytes));
    }
  });

  const ensureProfile = db.transaction((profile: Profile): string => {
    const existing = loadAll(db).profiles.find((p) => p.name === profile.name);
    if (existing) return existing.id;
    putProfileRow(profile);
    return profile.id;
  });

  // Transactions that read and then write begin IMMEDIATE: they take the write lock first
  // and wait (busy_timeout) for other processes. A deferred one would fail at once with
  // SQLITE_BUSY when it upgrades its read lock while another process writes.
  return {
    loadAll: async () => loadAll(db),
    putProfile: async (profile: Profile) => {
      putProfileRow(profile);
    },
    putCase: async (c: Case) => {
      putCaseRow(c);
    },
    ensureProfile: (profile) => ensureProfile.immediate(profile),
    appendEvents: async (caseId, events) => append.immediate(caseId, events),
    deleteCase: async (id) => {
      db.prepare('DELETE FROM cases WHERE id = ?').run(id);
    },
    importData: async (data) => {
      importAll.immediate(data);
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
      }).immediate();
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
