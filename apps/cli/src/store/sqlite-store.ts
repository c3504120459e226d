import {
  type Case,
  type CaseEvent,
  type CaseRepository,
  CaseSchema,
  type EvidenceBlob,
  type ExportData,
  ImportConflictError,
  importConflicts,
  type LoadedData,
  mergeCase,
  type Profile,
  ProfileSchema,
  validRecord,
} from '@widerspruch/core';
import type Database from 'better-sqlite3';
import * as v from 'valibot';
import { type OpenMode, openDatabase, StoreError } from './sqlite-database.js';

export { type OpenMode, StoreError, StoreMissingError } from './sqlite-database.js';

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
  /** The stored records that cannot be read, by kind and id (to name them, not to show them). */
  unreadableRecords(): { readonly kind: 'case' | 'profile'; readonly id: string }[];
}

/**
 * Cases in a SQLite file (WAL journal; every write is one transaction, so a killed process
 * leaves the file as it was before or after that write, never in between).
 */
export function openSqliteStore(path: string, mode: OpenMode = 'create'): SqliteStore {
  const db = openDatabase(path, mode);
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
  const putEvidence = (blob: EvidenceBlob) =>
    putEvidenceRow.run(blob.sha256, blob.name, blob.mediaType, Buffer.from(blob.bytes));
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
  const hasEvidence = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM evidence WHERE sha256 = ?',
  );
  // The events and the files they bring are one transaction: a refused event keeps no file.
  const append = db.transaction(
    (caseId: string, events: readonly CaseEvent[], evidence: readonly EvidenceBlob[]): Case => {
      const stored = readCase(caseId);
      if (stored === undefined) throw new StoreError(`case ${caseId} not found`);
      const updated = mergeCase(stored, { ...stored, events: [...events] });
      putCaseRow(updated);
      for (const blob of evidence) putEvidence(blob);
      for (const e of events)
        if (e.evidence && (hasEvidence.get(e.evidence.sha256)?.n ?? 0) === 0)
          throw new StoreError(`the evidence file ${e.evidence.sha256} is not stored`);
      return updated;
    },
  );
  const getProfile = db.prepare<[string], { json: string }>(
    'SELECT json FROM profiles WHERE id = ?',
  );
  // Nothing stored is ever overwritten: a known id with other content stops the import
  // before anything is written (the transaction is still empty then).
  const refuseConflicts = (data: ExportData) => {
    const storedProfiles = data.profiles.flatMap((p) => {
      const row = getProfile.get(p.id);
      const parsed = row && v.safeParse(ProfileSchema, JSON.parse(row.json));
      return parsed?.success ? [parsed.output] : [];
    });
    const storedCases = data.cases.flatMap((c) => readCase(c.id) ?? []);
    const conflicts = importConflicts(
      { profiles: storedProfiles, cases: storedCases },
      { profiles: data.profiles, cases: data.cases },
    );
    if (conflicts.length > 0) throw new ImportConflictError(conflicts);
  };
  const importAll = db.transaction((data: ExportData) => {
    refuseConflicts(data);
    for (const profile of data.profiles) putProfileIfNew(profile);
    for (const incoming of data.cases) {
      const stored = readCase(incoming.id);
      putCaseRow(stored === undefined ? incoming : mergeCase(stored, incoming));
    }
    for (const blob of data.evidence ?? []) putEvidence(blob);
  });

  // A case goes with the evidence files no other case refers to. Other rows are searched as
  // text, so that a damaged case that still names a file keeps it.
  const caseJson = db.prepare<[string], { json: string }>('SELECT json FROM cases WHERE id = ?');
  const deleteCaseRow = db.prepare('DELETE FROM cases WHERE id = ?');
  const usedElsewhere = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM cases WHERE instr(json, ?) > 0',
  );
  const deleteEvidenceRow = db.prepare('DELETE FROM evidence WHERE sha256 = ?');
  const deleteWithEvidence = db.transaction((id: string) => {
    const row = caseJson.get(id);
    if (row === undefined) return;
    const named = new Set(row.json.match(/[0-9a-f]{64}/g) ?? []);
    deleteCaseRow.run(id);
    for (const sha of named) if ((usedElsewhere.get(sha)?.n ?? 0) === 0) deleteEvidenceRow.run(sha);
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
    appendEvents: async (caseId, events, evidence = []) =>
      append.immediate(caseId, events, evidence),
    deleteCase: async (id) => {
      deleteWithEvidence.immediate(id);
      // Freed pages are zeroed (secure_delete); the log that still holds them is emptied.
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    importData: async (data) => {
      importAll.immediate(data);
    },
    putEvidence: async (blob) => {
      putEvidence(blob);
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
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: () => db.close(),
    unreadableRecords: () => unreadableRecords(db),
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

function unreadableRecords(db: Database.Database): { kind: 'case' | 'profile'; id: string }[] {
  const failing = (kind: 'case' | 'profile', schema: v.GenericSchema) =>
    db
      .prepare<[], { id: string; json: string }>(
        `SELECT id, json FROM ${kind === 'case' ? 'cases' : 'profiles'} ORDER BY rowid`,
      )
      .all()
      .filter((row) => {
        try {
          return !v.safeParse(schema, JSON.parse(row.json)).success;
        } catch {
          return true;
        }
      })
      .map((row) => ({ kind, id: row.id }));
  return [...failing('profile', ProfileSchema), ...failing('case', CaseSchema)];
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
