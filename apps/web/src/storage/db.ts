import {
  type Case,
  type CaseEvent,
  CaseSchema,
  type ExportData,
  mergeCase,
  type Profile,
  ProfileSchema,
} from '@widerspruch/core';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import * as v from 'valibot';

/** The one module of the web app that touches IndexedDB. */

interface WiderspruchDb extends DBSchema {
  profiles: { key: string; value: Profile };
  cases: { key: string; value: Case };
  settings: { key: string; value: { key: string; value: unknown } };
}

/** Current schema version. Each version's migration runs once, in order. */
export const DB_VERSION = 1;

const MIGRATIONS: Record<number, (db: IDBPDatabase<WiderspruchDb>) => void> = {
  1: (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('cases', { keyPath: 'id' });
    db.createObjectStore('settings', { keyPath: 'key' });
  },
};

/** What was read, and how many stored records could not be read (they are kept untouched). */
export interface Loaded extends ExportData {
  readonly unreadable: number;
}

/** Cases and profiles in the browser's IndexedDB. */
export interface Storage {
  loadAll(): Promise<Loaded>;
  putProfile(profile: Profile): Promise<void>;
  putCase(c: Case): Promise<void>;
  appendEvent(caseId: string, event: CaseEvent): Promise<Case>;
  deleteCase(id: string): Promise<void>;
  importData(data: ExportData): Promise<void>;
  clearAll(): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  putSetting(key: string, value: unknown): Promise<void>;
  close(): void;
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
    putProfile: async (profile) => {
      await db.put('profiles', profile);
    },
    putCase: async (c) => {
      await db.put('cases', c);
    },
    appendEvent: (caseId, event) => appendEvent(db, caseId, event),
    deleteCase: (id) => db.delete('cases', id),
    importData: (data) => importData(db, data),
    clearAll: async () => {
      const tx = db.transaction(['profiles', 'cases', 'settings'], 'readwrite');
      await Promise.all([
        tx.objectStore('profiles').clear(),
        tx.objectStore('cases').clear(),
        tx.objectStore('settings').clear(),
        tx.done,
      ]);
    },
    getSetting: async <T>(key: string) => (await db.get('settings', key))?.value as T | undefined,
    putSetting: async (key, value) => {
      await db.put('settings', { key, value });
    },
    close: () => db.close(),
  };
}

async function loadAll(db: IDBPDatabase<WiderspruchDb>): Promise<Loaded> {
  const [rawProfiles, rawCases] = await Promise.all([db.getAll('profiles'), db.getAll('cases')]);
  let unreadable = 0;
  const parse = <T>(schema: v.GenericSchema<unknown, T>, raw: unknown[]): T[] =>
    raw.flatMap((item) => {
      const result = v.safeParse(schema, item);
      if (result.success) return [result.output];
      unreadable++;
      return [];
    });
  const profiles = parse(ProfileSchema, rawProfiles);
  const cases = parse(CaseSchema, rawCases);
  return { profiles, cases, unreadable };
}

async function appendEvent(
  db: IDBPDatabase<WiderspruchDb>,
  caseId: string,
  event: CaseEvent,
): Promise<Case> {
  const tx = db.transaction('cases', 'readwrite');
  const stored = await tx.store.get(caseId);
  if (stored === undefined) throw new Error(`case ${caseId} not found`);
  const updated = mergeCase(stored, { ...stored, events: [event] });
  await tx.store.put(updated);
  await tx.done;
  return updated;
}

async function importData(db: IDBPDatabase<WiderspruchDb>, data: ExportData): Promise<void> {
  const tx = db.transaction(['profiles', 'cases'], 'readwrite');
  const profiles = tx.objectStore('profiles');
  const cases = tx.objectStore('cases');
  for (const profile of data.profiles) {
    if ((await profiles.get(profile.id)) === undefined) await profiles.put(profile);
  }
  for (const incoming of data.cases) {
    const stored = await cases.get(incoming.id);
    await cases.put(stored === undefined ? incoming : mergeCase(stored, incoming));
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
