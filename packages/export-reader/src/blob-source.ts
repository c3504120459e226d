import { crc32 } from './crc32.js';
import { checkEntry, compressedBytes, dataRange, listArchive, type ReadAt } from './zip-archive.js';
import type { RawEntry } from './zip-format.js';
import { type OpenOptions, ZipReadError, type ZipSource } from './zip-source.js';

/** Stored entries and the compressed bytes of larger ones are read in parts of this size. */
const PART = 4 * 1024 * 1024;

/**
 * A {@link ZipSource} over a Blob (a File the person picked), for the browser (where it runs
 * in a Web Worker): reads the end records and the central directory, then only the opened
 * entries' bytes, inflating with the platform's `DecompressionStream`. Nothing else of the
 * file is read; a small entry takes one read.
 */
export function openZipBlob(blob: Blob, name: string): ZipSource {
  const readAt: ReadAt = async (position, length) =>
    new Uint8Array(await blob.slice(position, position + length).arrayBuffer());
  let entries: RawEntry[] | undefined;
  return {
    name,
    async list() {
      entries ??= await listArchive(blob.size, readAt);
      return entries;
    },
    open: (entry, options = {}) => readEntry(blob.size, readAt, entries?.[entry.index], options),
    close: async () => {},
  };
}

async function* readEntry(
  size: number,
  readAt: ReadAt,
  entry: RawEntry | undefined,
  options: OpenOptions,
): AsyncGenerator<Uint8Array> {
  const raw = checkEntry(entry);
  options.signal?.throwIfAborted();
  const data =
    raw.compressedSize <= PART
      ? single(await compressedBytes(raw, size, readAt))
      : parts(await dataRange(raw, size, readAt), readAt, options.signal);
  const output = raw.method === 'store' ? data : inflate(data, options.signal);
  let total = 0;
  let crc = 0;
  for await (const chunk of output) {
    options.signal?.throwIfAborted();
    total += chunk.length;
    if (total > raw.size) throw new ZipReadError('zip-bomb', 'longer than declared');
    crc = crc32(chunk, crc);
    yield chunk;
  }
  if (total !== raw.size) throw new ZipReadError('corrupt', 'shorter than declared');
  if (crc !== raw.crc) throw new ZipReadError('corrupt', 'CRC-32');
}

async function* single(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  if (bytes.length > 0) yield bytes;
}

async function* parts(
  range: { start: number; end: number },
  readAt: ReadAt,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array> {
  for (let at = range.start; at < range.end; ) {
    signal?.throwIfAborted();
    const part = await readAt(at, Math.min(PART, range.end - at));
    if (part.length === 0) throw new ZipReadError('truncated', 'data');
    at += part.length;
    yield part;
  }
}

/**
 * Compressed bytes are written to the `DecompressionStream` in slices of this size. A
 * browser inflates each written chunk completely before the reader sees any of it; DEFLATE
 * expands at most ~1032 times, so a slice can queue at most ~17 MB, and the reader stops a
 * ZIP bomb at the declared size one slice later.
 */
const SLICE = 16 * 1024;

/** DEFLATE data (RFC 1951) through `DecompressionStream`; a bad stream is corrupt. */
async function* inflate(
  data: AsyncIterable<Uint8Array>,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const feeding = (async () => {
    for await (const chunk of data) {
      for (let at = 0; at < chunk.length; at += SLICE) {
        signal?.throwIfAborted();
        // Waits until the stream has taken the slice: with the reader's pace (backpressure).
        await writer.write(chunk.subarray(at, at + SLICE) as Uint8Array<ArrayBuffer>);
      }
    }
    await writer.close();
  })();
  // An error while feeding shows up on the readable side too; this only avoids an unhandled one.
  feeding.catch((error: unknown) => writer.abort(error).catch(() => {}));
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const next = await reader.read().catch((error: unknown) => {
        if (error instanceof ZipReadError || signal?.aborted) throw error;
        throw new ZipReadError('corrupt', String(error));
      });
      if (next.done) break;
      yield next.value;
    }
    await feeding;
  } finally {
    reader.cancel().catch(() => {});
  }
}
