import {
  BlobReader,
  type Entry,
  ERR_ENCRYPTED,
  ERR_INVALID_PASSWORD,
  ERR_INVALID_UNCOMPRESSED_SIZE,
  ERR_UNSAFE_FILENAME,
  ERR_UNSUPPORTED_COMPRESSION,
  ERR_UNSUPPORTED_ENCRYPTION,
  ZipReader,
} from '@zip.js/zip.js';
import {
  MAX_ZIP_ENTRIES,
  type OpenOptions,
  type ZipEntry,
  type ZipMethod,
  ZipReadError,
  type ZipSource,
} from './zip-source.js';

const OPTIONS = { useWebWorkers: false, checkCrc32: true } as const;

function methodOf(code: number): ZipMethod {
  return code === 0 ? 'store' : code === 8 ? 'deflate' : 'other';
}

/** Maps a zip.js error to a {@link ZipReadError}; the error codes are zip.js's messages. */
function zipError(error: unknown, fallback: 'corrupt' | 'not-zip' | 'truncated'): ZipReadError {
  if (error instanceof ZipReadError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if ([ERR_ENCRYPTED, ERR_INVALID_PASSWORD, ERR_UNSUPPORTED_ENCRYPTION].includes(message)) {
    return new ZipReadError('encrypted', message);
  }
  if (message === ERR_UNSUPPORTED_COMPRESSION)
    return new ZipReadError('unsupported-method', message);
  if (message === ERR_UNSAFE_FILENAME) return new ZipReadError('unsafe-path', message);
  // zip.js raises this when an entry inflates to more than its declared size.
  if (message === ERR_INVALID_UNCOMPRESSED_SIZE) return new ZipReadError('zip-bomb', message);
  return new ZipReadError(fallback, message);
}

async function startsLikeZip(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4;
}

/**
 * A {@link ZipSource} over a Blob (a File the person picked) with zip.js: for the browser,
 * where it runs in a Web Worker. Reads the central directory, then only opened entries.
 */
export function openZipBlob(blob: Blob, name: string): ZipSource {
  const reader = new ZipReader(new BlobReader(blob), OPTIONS);
  const found: Entry[] = [];
  return {
    name,
    async list() {
      if (found.length > 0) return found.map(toZipEntry);
      try {
        for await (const entry of reader.getEntriesGenerator()) {
          if (found.length >= MAX_ZIP_ENTRIES) throw new ZipReadError('too-many-entries', name);
          found.push(entry);
        }
      } catch (error) {
        found.length = 0;
        if (error instanceof ZipReadError) throw error;
        throw zipError(error, (await startsLikeZip(blob)) ? 'truncated' : 'not-zip');
      }
      return found.map(toZipEntry);
    },
    open: (entry, options = {}) => readEntry(found[entry.index], entry, blob.size, options),
    close: async () => {
      await reader.close();
    },
  };
}

function toZipEntry(e: Entry, index: number): ZipEntry {
  return {
    index,
    name: e.filename,
    size: e.uncompressedSize,
    compressedSize: e.compressedSize,
    method: e.directory ? 'store' : methodOf(e.compressionMethod),
    encrypted: e.encrypted,
    directory: e.directory,
  };
}

async function* readEntry(
  raw: Entry | undefined,
  entry: ZipEntry,
  blobSize: number,
  options: OpenOptions,
): AsyncGenerator<Uint8Array> {
  if (!raw || raw.directory) throw new ZipReadError('corrupt', 'no such entry');
  if (entry.encrypted) throw new ZipReadError('encrypted', entry.name);
  if (entry.method === 'other') throw new ZipReadError('unsupported-method', entry.name);
  if (raw.offset + 30 + entry.compressedSize > blobSize) {
    throw new ZipReadError('truncated', entry.name);
  }
  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop);
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const done = raw.getData(writable, { ...OPTIONS, signal: controller.signal }).then(
    () => undefined,
    (error: unknown) => zipError(error, 'corrupt'),
  );
  const failed = done.then((error) =>
    error ? Promise.reject(error) : new Promise<never>(() => {}),
  );
  failed.catch(() => {});
  const chunks = readable.getReader();
  try {
    yield* pump(chunks, failed, entry.size, options.signal);
    const error = await done;
    if (error) throw error;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    controller.abort();
    chunks.cancel().catch(() => {});
    await done;
  }
}

async function* pump(
  chunks: ReadableStreamDefaultReader<Uint8Array>,
  failed: Promise<never>,
  size: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for (;;) {
    signal?.throwIfAborted();
    const next = await Promise.race([chunks.read(), failed]).catch((error: unknown) => {
      throw zipError(error, 'corrupt');
    });
    if (next.done) break;
    total += next.value.length;
    if (total > size) throw new ZipReadError('zip-bomb', 'longer than declared');
    yield next.value;
  }
  if (total !== size) throw new ZipReadError('corrupt', 'shorter than declared');
}
