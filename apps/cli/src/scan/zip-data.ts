import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { type RawEntry, ZipReadError } from '@widerspruch/export-reader';

const CHUNK = 256 * 1024;

/** The bytes from `start` to `end` of the file, in chunks of up to 256 KiB. */
export async function* readRange(
  fh: FileHandle,
  start: number,
  end: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<Buffer> {
  for (let at = start; at < end; ) {
    signal?.throwIfAborted();
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, end - at));
    const { bytesRead } = await fh.read(buffer, 0, buffer.length, at);
    if (bytesRead === 0) throw new ZipReadError('truncated', 'data');
    at += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

/** Entries up to this size are inflated in one step (off the main thread), larger ones streamed. */
export const ONE_STEP_BYTES = 16 * 1024 * 1024;

function inflateAll(data: Uint8Array, maxOutputLength: number): Promise<Buffer> {
  // One output chunk for the whole entry: zlib's default of 16 KiB would call back to the
  // main thread (and copy) once per 16 KiB.
  const chunkSize = Math.max(zlib.constants.Z_MIN_CHUNK, maxOutputLength);
  return new Promise((resolve, reject) => {
    zlib.inflateRaw(data, { maxOutputLength, chunkSize }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/**
 * Inflates a small entry's DEFLATE data in one step on libuv's thread pool, so that it
 * overlaps with parsing on the main thread; the output is capped at `size + 1` bytes.
 */
export async function* inflateSmall(
  compressed: Uint8Array,
  raw: RawEntry,
): AsyncGenerator<Uint8Array> {
  let data: Buffer;
  try {
    data = await inflateAll(compressed, raw.size + 1);
  } catch (error) {
    const tooBig =
      error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new ZipReadError(tooBig ? 'zip-bomb' : 'corrupt', String(error));
  }
  if (data.length > raw.size) throw new ZipReadError('zip-bomb', 'longer than declared');
  if (data.length !== raw.size) throw new ZipReadError('corrupt', 'shorter than declared');
  if (zlib.crc32(data) !== raw.crc) throw new ZipReadError('corrupt', 'CRC-32');
  if (data.length > 0) yield data;
}

/**
 * Inflates an entry's DEFLATE data (RFC 1951) and checks it: more bytes than declared is a
 * ZIP bomb and stops at once; fewer, a bad stream or a wrong CRC-32 is corrupt.
 */
export async function* inflateEntry(
  data: AsyncIterable<Buffer>,
  raw: RawEntry,
): AsyncGenerator<Uint8Array> {
  const input = Readable.from(data, { objectMode: false });
  const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  input.on('error', (error) => inflate.destroy(error));
  input.pipe(inflate);
  let total = 0;
  let value = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > raw.size) throw new ZipReadError('zip-bomb', 'longer than declared');
      value = zlib.crc32(chunk, value);
      yield chunk;
    }
  } catch (error) {
    throw error instanceof ZipReadError || isAbort(error)
      ? error
      : new ZipReadError('corrupt', String(error));
  } finally {
    input.destroy();
    inflate.destroy();
  }
  if (total !== raw.size) throw new ZipReadError('corrupt', 'shorter than declared');
  if (value !== raw.crc) throw new ZipReadError('corrupt', 'CRC-32');
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
