import { createReadStream } from 'node:fs';
import { lstat, opendir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  MAX_ZIP_ENTRIES,
  type OpenOptions,
  type ZipEntry,
  ZipReadError,
  type ZipSource,
} from '@widerspruch/export-reader';

const MAX_DEPTH = 32;

async function walk(root: string, relative: string, depth: number, out: string[]): Promise<void> {
  if (depth > MAX_DEPTH) return;
  for await (const dirent of await opendir(join(root, relative))) {
    const path = relative === '' ? dirent.name : `${relative}/${dirent.name}`;
    if (dirent.isDirectory()) await walk(root, path, depth + 1, out);
    else if (dirent.isFile()) out.push(path);
    // Symbolic links and special files are skipped: nothing outside the folder is read.
    if (out.length > MAX_ZIP_ENTRIES) throw new ZipReadError('too-many-entries', root);
  }
}

/**
 * A {@link ZipSource} over an unpacked export folder: every regular file below it (no
 * symbolic links are followed, at most 32 levels deep), each entry "stored".
 */
export function openDirectory(root: string, name = basename(root)): ZipSource {
  let entries: ZipEntry[] | undefined;
  return {
    name,
    async list() {
      if (entries) return entries;
      const paths: string[] = [];
      await walk(root, '', 0, paths);
      entries = await Promise.all(paths.map((p, index) => fileEntry(root, p, index)));
      return entries;
    },
    open: (entry, options = {}) => readFile(root, entries?.[entry.index], options),
    close: async () => {},
  };
}

async function fileEntry(root: string, path: string, index: number): Promise<ZipEntry> {
  const { size } = await lstat(join(root, path));
  return {
    index,
    name: path,
    size,
    compressedSize: size,
    method: 'store',
    encrypted: false,
    directory: false,
  };
}

async function* readFile(
  root: string,
  entry: ZipEntry | undefined,
  options: OpenOptions,
): AsyncGenerator<Uint8Array> {
  if (!entry) throw new ZipReadError('corrupt', 'no such entry');
  const stream = createReadStream(join(root, entry.name), {
    highWaterMark: 256 * 1024,
    end: Math.max(0, entry.size - 1),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (entry.size === 0) {
    stream.destroy();
    return;
  }
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
  } finally {
    stream.destroy();
  }
}
