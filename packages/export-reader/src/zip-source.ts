/**
 * How an entry's bytes are stored: the two methods platform exports use, or something else
 * (which a reader refuses to open).
 */
export type ZipMethod = 'store' | 'deflate' | 'other';

/** One file of an archive (or of an unpacked folder) as its directory describes it. */
export interface ZipEntry {
  /** Position in the source's listing; a source uses it to find its own record again. */
  readonly index: number;
  /** The stored name, `/`-separated, exactly as written (may be hostile: check before use). */
  readonly name: string;
  /** Uncompressed size as declared (bytes). */
  readonly size: number;
  /** Compressed size as declared (bytes); equals `size` for stored entries and folders. */
  readonly compressedSize: number;
  readonly method: ZipMethod;
  readonly encrypted: boolean;
  readonly directory: boolean;
}

/** Options for opening one entry. */
export interface OpenOptions {
  /** Stops reading; the stream then ends with an error. */
  readonly signal?: AbortSignal;
}

/**
 * A random-access archive: the listing comes from the central directory alone, and each
 * entry is opened on its own as a stream of chunks. Two implementations exist (Node file
 * handles + zlib in the CLI, a Blob + DecompressionStream in the browser), sharing the ZIP
 * structure code (`zip-format.ts`, `zip-archive.ts`); both pass one contract suite.
 *
 * Contract of {@link ZipSource.open}: the stream yields exactly `entry.size` bytes; data
 * that inflates to more fails as `zip-bomb` before much more than `entry.size` bytes are
 * inflated; other bad input fails with a {@link ZipReadError} (`encrypted`,
 * `unsupported-method`, `truncated`, `corrupt`), never with another error.
 *
 * One known difference: bytes after the end of an entry's DEFLATE data (but within its
 * compressed size) are ignored by zlib in the CLI and refused as `corrupt` by the
 * browsers' `DecompressionStream`. ZIP writers do not produce them; the data itself is
 * checked by its CRC-32 either way.
 */
export interface ZipSource {
  /** A name for messages: the file or folder name the person chose. */
  readonly name: string;
  /** All entries; throws {@link ZipReadError} when the archive itself is unreadable. */
  list(): Promise<readonly ZipEntry[]>;
  /** The entry's uncompressed bytes, in chunks. */
  open(entry: ZipEntry, options?: OpenOptions): AsyncIterable<Uint8Array>;
  /** Releases file handles; safe to call twice. */
  close(): Promise<void>;
}

/** Why an archive or one of its entries cannot be read. */
export type ZipErrorCode =
  | 'not-zip'
  | 'truncated'
  | 'encrypted'
  | 'unsupported-method'
  | 'corrupt'
  | 'zip-bomb'
  | 'unsafe-path'
  | 'too-many-entries';

/** A failure caused by the archive's bytes (not by a bug): mapped to a message for people. */
export class ZipReadError extends Error {
  constructor(
    readonly code: ZipErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ZipReadError';
  }
}

/** Largest number of entries a source lists before refusing (a real export has ~20 000). */
export const MAX_ZIP_ENTRIES = 1_000_000;
