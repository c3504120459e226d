import {
  conflictsMessage,
  ImportConflictError,
  InvalidRecordError,
  problemText,
} from '@widerspruch/core';
import { CliFailure, EXIT } from '../errors.js';
import type { CliIo } from '../io.js';
import { sourceText, storeLocation } from '../store/location.js';
import {
  type OpenMode,
  openSqliteStore,
  type SqliteStore,
  StoreError,
  StoreMissingError,
  UnreadableCaseError,
} from '../store/sqlite-store.js';

/**
 * Opens the store for a command, runs it, and always closes the store. Only commands that
 * save something new (`mode` `create`: case add, import) create a missing store; the others
 * say which path they looked at and how it was chosen. A record the store refuses to write
 * (commands check their input first, so this is a last guard) ends in a failure saying that
 * nothing was changed.
 */
export async function withStore<T>(
  io: CliIo,
  option: string | undefined,
  run: (store: SqliteStore, path: string) => Promise<T>,
  mode: OpenMode = 'existing',
): Promise<T> {
  const location = storeLocation(option, io.env);
  const path = location.path;
  let store: SqliteStore;
  try {
    store = openSqliteStore(path, mode);
  } catch (error) {
    if (error instanceof StoreMissingError) {
      const how = sourceText(location);
      throw new CliFailure(
        [
          {
            de: `Unter ${path} gibt es keinen Speicher (${how.de}). Es wurde nichts angelegt. Prüfen Sie den Pfad; ein neuer Speicher entsteht mit „widerspruch case add“ oder „widerspruch case import“.`,
            en: `There is no store at ${path} (${how.en}). Nothing was created. Check the path; a new store is made by "widerspruch case add" or "widerspruch case import".`,
          },
        ],
        EXIT.failure,
      );
    }
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
    if (error instanceof ImportConflictError) {
      throw new CliFailure([conflictsMessage(error.conflicts)], EXIT.failure);
    }
    if (error instanceof InvalidRecordError) {
      throw new CliFailure(
        [{ de: problemText(error.detail, 'de'), en: problemText(error.detail, 'en') }],
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
