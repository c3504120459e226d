import { InvalidRecordError } from '@widerspruch/core';
import { CliFailure, EXIT } from '../errors.js';
import type { CliIo } from '../io.js';
import { storePath } from '../store/location.js';
import {
  openSqliteStore,
  type SqliteStore,
  StoreError,
  UnreadableCaseError,
} from '../store/sqlite-store.js';

/**
 * Opens the store for a command, runs it, and always closes the store. A record the store
 * refuses to write (commands check their input first, so this is a last guard) ends in a
 * failure saying that nothing was changed.
 */
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
  } catch (error) {
    if (error instanceof UnreadableCaseError) {
      throw new CliFailure(
        [
          {
            de: `Der gespeicherte Fall ${error.caseId} ist beschädigt und lässt sich nicht lesen; es wurde nichts geändert. Die lesbaren Fälle sichern Sie mit: widerspruch case export --skip-unreadable`,
            en: `The stored case ${error.caseId} is damaged and cannot be read; nothing was changed. Back up the readable cases with: widerspruch case export --skip-unreadable`,
          },
        ],
        EXIT.failure,
      );
    }
    if (error instanceof InvalidRecordError) {
      throw new CliFailure(
        [
          {
            de: `Nicht gespeichert: Die Angabe ${error.field} ${error.problem.de}. Es wurde nichts geändert. Kürzen oder berichtigen Sie die Angabe.`,
            en: `Not saved: the value ${error.field} ${error.problem.en}. Nothing was changed; shorten or correct it.`,
          },
        ],
        EXIT.failure,
      );
    }
    throw error;
  } finally {
    store.close();
  }
}

/** The id of the profile called `name`; it is created if there is none yet. */
export async function profileFor(store: SqliteStore, name: string, io: CliIo): Promise<string> {
  return store.ensureProfile({ id: crypto.randomUUID(), name, createdAt: io.now() });
}
