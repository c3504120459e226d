import { conflictsMessage, ImportConflictError, InvalidRecordError } from '@widerspruch/core';
import { CliFailure, EXIT, failure } from '../errors.js';
import type { CliIo } from '../io.js';
import { storeLocation } from '../store/location.js';
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
      throw failure((m) => m.failure.noStore(path, location.source));
    }
    if (error instanceof StoreError) {
      throw failure((m) => m.failure.storeUnopenable(error.message));
    }
    throw error;
  }
  try {
    return await run(store, path);
  } catch (error) {
    if (error instanceof UnreadableCaseError) {
      throw failure((m) => m.failure.damagedCase(error.caseId));
    }
    if (error instanceof ImportConflictError) {
      throw new CliFailure([conflictsMessage(error.conflicts)], EXIT.failure);
    }
    if (error instanceof InvalidRecordError) {
      throw failure((m, locale) => m.failure.invalidRecord(error.field, error.problem[locale]));
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
