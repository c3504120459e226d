import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isSystemJunk, type ZipSource } from '@widerspruch/export-reader';
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

/**
 * A path given on the command line: an export ZIP file, an unpacked export folder, or a
 * folder that holds only export ZIP files (say, the downloaded parts), which are read as
 * ZIP files.
 */
export async function openInput(path: string): Promise<ZipSource[] | 'missing' | 'not-a-file'> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 'missing';
  // A pipe or device is never opened: reading one could wait for ever.
  if (!info.isDirectory() && !info.isFile()) return 'not-a-file';
  if (!info.isDirectory()) return [await openZip(path)];
  const zips = await zipsOnly(path);
  return zips ? Promise.all(zips.map(openZip)) : [openDirectory(path)];
}

function openZip(path: string): Promise<ZipSource> {
  return openZipFile(path).catch((error: unknown) => unopenable(path, error));
}

/** The ZIP files of a folder that holds nothing else (files the OS adds aside); else undefined. */
async function zipsOnly(folder: string): Promise<string[] | undefined> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return undefined;
  const kept = entries.filter((e) => !isSystemJunk(e.isDirectory() ? `${e.name}/` : e.name));
  const zip = (e: (typeof kept)[number]) => e.isFile() && /\.zip$/i.test(e.name);
  if (kept.length === 0 || !kept.every(zip)) return undefined;
  return kept.map((e) => join(folder, e.name)).sort();
}
