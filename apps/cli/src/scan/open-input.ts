import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ZipSource } from '@widerspruch/export-reader';
import { openDirectory } from './dir-source.js';
import { openZipFile } from './node-zip.js';

/** A source that cannot be opened: listing it fails, so the scan refuses it as unreadable. */
function unopenable(path: string, error: unknown): ZipSource {
  return {
    name: basename(path),
    list: () => Promise.reject(error),
    open: () => {
      throw error;
    },
    close: async () => {},
  };
}

/** A path given on the command line: an export ZIP file or an unpacked export folder. */
export async function openInput(path: string): Promise<ZipSource | 'missing'> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 'missing';
  if (info.isDirectory()) return openDirectory(path);
  return openZipFile(path).catch((error: unknown) => unopenable(path, error));
}
