import type { CaseRepository } from '@widerspruch/core';
import { CliFailure, EXIT } from '../errors.js';
import type { CliIo } from '../io.js';
import { storePath } from '../store/location.js';
import { openSqliteStore, type SqliteStore, StoreError } from '../store/sqlite-store.js';

/** Opens the store for a command, runs it, and always closes the store. */
export async function withStore<T>(
  io: CliIo,
  option: string | undefined,
  run: (store: SqliteStore, path: string) => Promise<T>,
): Promise<T> {
  const path = storePath(option, io.env);
  let store: SqliteStore;
  try {
    store = openSqliteStore(path);
  } catch (error) {
    if (error instanceof StoreError) {
      throw new CliFailure(
        [
          {
            de: `Der Speicher lässt sich nicht öffnen: ${error.message}. Wählen Sie mit --store eine andere Datei.`,
            en: `The store cannot be opened: ${error.message}. Choose another file with --store.`,
          },
        ],
        EXIT.failure,
      );
    }
    throw error;
  }
  try {
    return await run(store, path);
  } finally {
    store.close();
  }
}

/** The id of the profile called `name`; it is created if there is none yet. */
export async function profileFor(store: CaseRepository, name: string, io: CliIo): Promise<string> {
  const { profiles } = await store.loadAll();
  const existing = profiles.find((p) => p.name === name);
  if (existing) return existing.id;
  const profile = { id: crypto.randomUUID(), name, createdAt: io.now() };
  await store.putProfile(profile);
  return profile.id;
}
