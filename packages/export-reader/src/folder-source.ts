import {
  MAX_ZIP_ENTRIES,
  type OpenOptions,
  type ZipEntry,
  ZipReadError,
  type ZipSource,
} from './zip-source.js';

/** A file of an unpacked export: its path inside the chosen folder and its contents. */
export interface FolderFile {
  /** `/`-separated, relative to the folder the person chose (may start with its name). */
  readonly path: string;
  readonly file: Blob;
}

/** Files are read in parts of this size. */
const PART = 4 * 1024 * 1024;

/**
 * A {@link ZipSource} over the files of an unpacked export folder that a person picked or
 * dropped in the browser (macOS unpacks downloaded ZIP files by itself): each file is an
 * entry "stored" as it is. Only the files the scan needs are read.
 */
export function openFolderFiles(files: readonly FolderFile[], name: string): ZipSource {
  const entries: ZipEntry[] = files.map((f, index) => ({
    index,
    name: f.path,
    size: f.file.size,
    compressedSize: f.file.size,
    method: 'store',
    encrypted: false,
    directory: false,
  }));
  return {
    name,
    async list() {
      if (entries.length > MAX_ZIP_ENTRIES) throw new ZipReadError('too-many-entries', name);
      return entries;
    },
    open: (entry, options = {}) => readFile(files[entry.index]?.file, entry, options),
    close: async () => {},
  };
}

async function* readFile(
  file: Blob | undefined,
  entry: ZipEntry,
  options: OpenOptions,
): AsyncGenerator<Uint8Array> {
  if (!file) throw new ZipReadError('corrupt', 'no such entry');
  // The file may have changed since it was listed: exactly the listed size is read.
  if (file.size !== entry.size) throw new ZipReadError('truncated', entry.name);
  for (let at = 0; at < entry.size; at += PART) {
    options.signal?.throwIfAborted();
    const end = Math.min(entry.size, at + PART);
    yield new Uint8Array(await file.slice(at, end).arrayBuffer());
  }
}

/** What a folder traversal may meet (the browser's FileSystemEntry, as far as needed). */
export interface DroppedEntry {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
  /** For files: the File. */
  file?(success: (file: File) => void, failure?: (error: unknown) => void): void;
  /** For folders: a reader that returns the children in batches until an empty one. */
  createReader?(): {
    readEntries(
      success: (entries: DroppedEntry[]) => void,
      failure?: (error: unknown) => void,
    ): void;
  };
}

/** Deepest folder nesting followed (exports nest about 6 deep). */
const MAX_DEPTH = 32;

/**
 * Every file below a dropped folder, with paths relative to its parent (so they start with
 * the folder's name, as `webkitRelativePath` does). At most {@link MAX_ZIP_ENTRIES} files
 * and 32 levels; throws {@link ZipReadError} (`too-many-entries`) beyond that.
 */
export async function filesOfDroppedFolder(folder: DroppedEntry): Promise<FolderFile[]> {
  const out: FolderFile[] = [];
  const walk = async (entry: DroppedEntry, prefix: string, depth: number): Promise<void> => {
    const path = `${prefix}${entry.name}`;
    if (entry.isFile && entry.file) {
      const read = entry.file.bind(entry);
      const file = await new Promise<File>((resolve, reject) => read(resolve, reject));
      out.push({ path, file });
      if (out.length > MAX_ZIP_ENTRIES) throw new ZipReadError('too-many-entries', folder.name);
      return;
    }
    if (!entry.isDirectory || !entry.createReader || depth > MAX_DEPTH) return;
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise<DroppedEntry[]>((resolve, reject) =>
        reader.readEntries(resolve, reject),
      );
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, `${path}/`, depth + 1);
    }
  };
  await walk(folder, '', 0);
  return out;
}
