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
