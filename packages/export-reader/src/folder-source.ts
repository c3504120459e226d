import {
  MAX_ZIP_ENTRIES,
  type OpenOptions,
  type ZipEntry,
  ZipReadError,
  type ZipSource,
} from './zip-source.js';

/** A file of an unpacked export: its path inside the chosen folder and its contents. */
export interface FolderFile {
  /** `/`-separated, starting with the name of the folder the person chose. */
  readonly path: string;
  /** The contents; left out for files a scan never reads (media), to save the lookups. */
  readonly file?: Blob;
}

/** Files are read in parts of this size. */
const PART = 4 * 1024 * 1024;

/**
 * A {@link ZipSource} over the files of an unpacked export folder that a person picked or
 * dropped in the browser (macOS unpacks downloaded ZIP files by itself): each file is an
 * entry "stored" as it is. Only the files the scan needs are read.
 */
export function openFolderFiles(files: readonly FolderFile[], name: string): ZipSource {
  // Paths inside the chosen folder: its own name is no wrapper folder of the export.
  const inside = (path: string) =>
    path.startsWith(`${name}/`) ? path.slice(name.length + 1) : path;
  const entries: ZipEntry[] = files.map((f, index) => ({
    index,
    name: inside(f.path),
    size: f.file?.size ?? 0,
    compressedSize: f.file?.size ?? 0,
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

/** What a folder walk may meet (the browser's FileSystemEntry, as far as needed). */
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

/** Most files a dropped folder may hold (a real export has about 20 000). */
export const MAX_FOLDER_FILES = 200_000;

// Files whose contents a scan may need: content files, HTML (to recognise Meta's HTML
// format), ZIP files (export parts kept in a folder). Media are listed by path only.
const READ_EXTENSIONS = /\.(?:json|js|csv|html?|zip)$/i;

/** Options of {@link filesOfDroppedFolder}. */
export interface FolderWalkOptions {
  readonly signal?: AbortSignal;
  readonly maxFiles?: number;
}

/**
 * Every file below a dropped folder, with paths relative to its parent (so they start with
 * the folder's name, as `webkitRelativePath` does). At most 32 levels and
 * {@link MAX_FOLDER_FILES} files: beyond that it throws {@link ZipReadError}
 * (`too-many-entries`); a failing directory read throws what the browser threw.
 */
export async function filesOfDroppedFolder(
  folder: DroppedEntry,
  options: FolderWalkOptions = {},
): Promise<FolderFile[]> {
  const { signal, maxFiles = MAX_FOLDER_FILES } = options;
  const out: FolderFile[] = [];
  const walk = async (entry: DroppedEntry, prefix: string, depth: number): Promise<void> => {
    signal?.throwIfAborted();
    const path = `${prefix}${entry.name}`;
    if (entry.isFile) {
      if (out.length >= maxFiles) throw new ZipReadError('too-many-entries', folder.name);
      if (!READ_EXTENSIONS.test(path) || !entry.file) {
        out.push({ path });
        return;
      }
      const read = entry.file.bind(entry);
      out.push({ path, file: await new Promise<File>((resolve, reject) => read(resolve, reject)) });
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
