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
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  openDB,
  type StoreNames,
} from 'idb';
import * as v from 'valibot';

/** The one module of the web app that touches IndexedDB. */

interface WiderspruchDb extends DBSchema {
  profiles: { key: string; value: Profile };
  cases: { key: string; value: Case };
  settings: { key: string; value: { key: string; value: unknown } };
  evidence: { key: string; value: EvidenceBlob };
}

type StoreName = StoreNames<WiderspruchDb>;

/** Current schema version. Each version's migration runs once, in order. */
export const DB_VERSION = 2;

const MIGRATIONS: Record<number, (db: IDBPDatabase<WiderspruchDb>) => void> = {
  1: (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('cases', { keyPath: 'id' });
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  2: (db) => {
    db.createObjectStore('evidence', { keyPath: 'sha256' });
  },
};

/** The browser's case repository, plus the app's settings. */
export interface Storage extends CaseRepository {
  getSetting<T>(key: string): Promise<T | undefined>;
  putSetting(key: string, value: unknown): Promise<void>;
}

/** Opens (and if needed creates or migrates) the database. */
export async function openStorage(name = 'widerspruch'): Promise<Storage> {
  let opened: IDBPDatabase<WiderspruchDb> | undefined;
  const db = await openDB<WiderspruchDb>(name, DB_VERSION, {
    upgrade(database, oldVersion) {
      for (let version = oldVersion + 1; version <= DB_VERSION; version++) {
        MIGRATIONS[version]?.(database);
      }
    },
    // Another tab opened a newer version: close so that its upgrade can run.
    blocking() {
      opened?.close();
    },
  });
  opened = db;
  return {
    loadAll: () => loadAll(db),
    // Every write is checked with the schema reads use: nothing unreadable is ever stored.
    putProfile: async (profile) => {
      await db.put('profiles', validRecord(ProfileSchema, 'profile', profile));
    },
    putCase: async (c) => {
      await db.put('cases', validRecord(CaseSchema, 'case', c));
    },
    appendEvents: (caseId, events, evidence = []) => appendEvents(db, caseId, events, evidence),
    deleteCase: (id) => deleteCase(db, id),
    importData: (data) => importData(db, data),
    putEvidence: async (blob) => {
      await db.put('evidence', { ...blob, bytes: blob.bytes.slice() });
    },
    getEvidence: async (sha256) => {
      const blob = await db.get('evidence', sha256);
      return blob === undefined ? undefined : { ...blob, bytes: new Uint8Array(blob.bytes) };
    },
    allEvidence: async () =>
      (await db.getAll('evidence')).map((b) => ({ ...b, bytes: new Uint8Array(b.bytes) })),
    clearAll: async () => {
      const stores = ['profiles', 'cases', 'settings', 'evidence'] as const;
      const tx = db.transaction([...stores], 'readwrite');
      await Promise.all([...stores.map((s) => tx.objectStore(s).clear()), tx.done]);
    },
    getSetting: async <T>(key: string) => (await db.get('settings', key))?.value as T | undefined,
    putSetting: async (key, value) => {
      await db.put('settings', { key, value });
    },
    close: () => db.close(),
  };
}

async function loadAll(db: IDBPDatabase<WiderspruchDb>): Promise<LoadedData> {
  const [rawProfiles, rawCases] = await Promise.all([db.getAll('profiles'), db.getAll('cases')]);
  let unreadable = 0;
  const parse = <T>(schema: v.GenericSchema<unknown, T>, raw: unknown[]): T[] =>
    raw.flatMap((item) => {
      const result = v.safeParse(schema, item);
      if (result.success) return [result.output];
      unreadable++;
      return [];
    });
  return {
    profiles: parse(ProfileSchema, rawProfiles),
    cases: parse(CaseSchema, rawCases),
    unreadable,
  };
}

/**
 * Adds events and the evidence files they bring in one transaction: a refused event (an
 * unknown case, a value the schema refuses, a file that is not there) keeps no file.
 */
async function appendEvents(
  db: IDBPDatabase<WiderspruchDb>,
  caseId: string,
  events: readonly CaseEvent[],
  evidence: readonly EvidenceBlob[],
): Promise<Case> {
  const tx = db.transaction(['cases', 'evidence'], 'readwrite');
  let updated: Case;
  try {
    const stored = await tx.objectStore('cases').get(caseId);
    if (stored === undefined) throw new Error(`case ${caseId} not found`);
    updated = mergeCase(stored, { ...stored, events: [...events] });
    await tx.objectStore('cases').put(validRecord(CaseSchema, 'case', updated));
    for (const blob of evidence)
      await tx.objectStore('evidence').put({ ...blob, bytes: blob.bytes.slice() });
    for (const e of events)
      if (e.evidence && (await tx.objectStore('evidence').count(e.evidence.sha256)) === 0)
        throw new Error(`the evidence file ${e.evidence.sha256} is not stored`);
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
  await tx.done;
  return updated;
}

/** Undoes a transaction that failed part-way; one the failed request ended already is left. */
function abortQuietly(tx: IDBPTransaction<WiderspruchDb, StoreName[], 'readwrite'>): void {
  tx.done.catch(() => {});
  try {
    tx.abort();
  } catch {
    // Already ended by the failed request: nothing was written either way.
  }
}

/**
 * Deletes a case and, in the same transaction, the evidence files no other stored case refers
 * to (a damaged record is searched as text, so that one that still names a file keeps it).
 */
async function deleteCase(db: IDBPDatabase<WiderspruchDb>, id: string): Promise<void> {
  const tx = db.transaction(['cases', 'evidence'], 'readwrite');
  const cases = tx.objectStore('cases');
  const stored = await cases.get(id);
  if (stored !== undefined) {
    const named = new Set(JSON.stringify(stored).match(/[0-9a-f]{64}/g) ?? []);
    await cases.delete(id);
    const others = (await cases.getAll()).map((c) => JSON.stringify(c));
    for (const sha of named)
      if (!others.some((text) => text.includes(sha))) await tx.objectStore('evidence').delete(sha);
  }
  await tx.done;
}

async function importData(db: IDBPDatabase<WiderspruchDb>, data: ExportData): Promise<void> {
  const tx = db.transaction(['profiles', 'cases', 'evidence'], 'readwrite');
  const profiles = tx.objectStore('profiles');
  const cases = tx.objectStore('cases');
  const evidence = tx.objectStore('evidence');
  try {
    // Nothing stored is overwritten: a known id with other content stops the import before
    // anything is written.
    const storedProfiles = (await Promise.all(data.profiles.map((p) => profiles.get(p.id)))).filter(
      (p): p is Profile => p !== undefined && v.safeParse(ProfileSchema, p).success,
    );
    const storedCases = (await Promise.all(data.cases.map((c) => cases.get(c.id)))).filter(
      (c): c is Case => c !== undefined,
    );
    const unreadable = storedCases.find((c) => !v.safeParse(CaseSchema, c).success);
    if (unreadable !== undefined)
      throw new Error(`the stored case ${unreadable.id} cannot be read`);
    const conflicts = importConflicts(
      { profiles: storedProfiles, cases: storedCases },
      { profiles: data.profiles, cases: data.cases },
    );
    if (conflicts.length > 0) throw new ImportConflictError(conflicts);
    for (const profile of data.profiles) {
      if ((await profiles.get(profile.id)) === undefined)
        await profiles.put(validRecord(ProfileSchema, 'profile', profile));
    }
    for (const incoming of data.cases) {
      const stored = await cases.get(incoming.id);
      const merged = stored === undefined ? incoming : mergeCase(stored, incoming);
      await cases.put(validRecord(CaseSchema, 'case', merged));
    }
    for (const blob of data.evidence ?? []) {
      if ((await evidence.get(blob.sha256)) === undefined) await evidence.put(blob);
    }
  } catch (error) {
    // All or nothing: a record that could not be read back undoes the whole import.
    abortQuietly(tx);
    throw error;
  }
  await tx.done;
}

/** Asks the browser to keep the data even when storage runs low; true if granted. */
export async function requestPersistence(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
