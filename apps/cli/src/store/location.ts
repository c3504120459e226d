import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the CLI keeps cases: `--store <file>`, else `WIDERSPRUCH_STORE`, else
 * `$XDG_DATA_HOME/widerspruch/store.sqlite` (default `~/.local/share/widerspruch/…`).
 */
export function storePath(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  if (option !== undefined && option !== '') return resolve(option);
  if (env.WIDERSPRUCH_STORE) return resolve(env.WIDERSPRUCH_STORE);
  const dataHome = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(dataHome, 'widerspruch', 'store.sqlite');
}
