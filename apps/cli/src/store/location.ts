import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** How the store's path was chosen. */
export type StoreSource = 'option' | 'env' | 'xdg' | 'home';

/** The store's path and how it was chosen (said when there is no store there). */
export interface StoreLocation {
  readonly path: string;
  readonly source: StoreSource;
}

/**
 * Where the CLI keeps cases: `--store <file>`, else `WIDERSPRUCH_STORE`, else
 * `$XDG_DATA_HOME/widerspruch/store.sqlite` (default `~/.local/share/widerspruch/…`).
 */
export function storeLocation(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): StoreLocation {
  if (option !== undefined && option !== '') return { path: resolve(option), source: 'option' };
  if (env.WIDERSPRUCH_STORE) return { path: resolve(env.WIDERSPRUCH_STORE), source: 'env' };
  if (env.XDG_DATA_HOME)
    return { path: join(env.XDG_DATA_HOME, 'widerspruch', 'store.sqlite'), source: 'xdg' };
  const home = env.HOME || homedir();
  return { path: join(home, '.local', 'share', 'widerspruch', 'store.sqlite'), source: 'home' };
}

/** The store's path (see {@link storeLocation}). */
export function storePath(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  return storeLocation(option, env).path;
}
