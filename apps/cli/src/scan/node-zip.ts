import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { crc32 } from 'node:zlib';
import {
  checkEntry,
  compressedBytes,
  dataRange,
  listArchive,
  type OpenOptions,
  type RawEntry,
  type ZipEntry,
  ZipReadError,
  type ZipSource,
} from '@widerspruch/export-reader';
import { inflateEntry, inflateSmall, ONE_STEP_BYTES, readRange } from './zip-data.js';

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  // Not zero-filled: only the bytes read are handed on.
  const buffer = Buffer.allocUnsafe(length);
  const { bytesRead } = await fh.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/**
 * A {@link ZipSource} over a ZIP file with Node file handles: reads the end records and the
 * central directory (zip64 included), then each opened entry's bytes only, inflating
 * DEFLATE data with zlib. Nothing is unpacked to disk.
 */
export async function openZipFile(path: string, name = basename(path)): Promise<ZipSource> {
  const fh = await open(path, 'r');
  let entries: RawEntry[] | undefined;
  let fileSize = 0;
  let closed = false;
  const list = async () => {
    if (!entries) {
      fileSize = (await fh.stat()).size;
      entries = await listArchive(fileSize, (position, length) => readAt(fh, position, length));
    }
    return entries;
  };
  return {
    name,
    list,
    open: (entry: ZipEntry, options: OpenOptions = {}) =>
      readEntry(fh, fileSize, entries?.[entry.index], options),
    close: async () => {
      if (closed) return;
      closed = true;
      await fh.close();
    },
  };
}

async function* readEntry(
  fh: FileHandle,
  fileSize: number,
  entry: RawEntry | undefined,
  options: OpenOptions,
): AsyncGenerator<Uint8Array> {
  const raw = checkEntry(entry);
  options.signal?.throwIfAborted();
  const read = (position: number, length: number) => readAt(fh, position, length);
  if (
    raw.method === 'deflate' &&
    raw.size <= ONE_STEP_BYTES &&
    raw.compressedSize <= ONE_STEP_BYTES
  ) {
    yield* inflateSmall(await compressedBytes(raw, fileSize, read), raw);
    return;
  }
  const { start, end } = await dataRange(raw, fileSize, read);
  const data = readRange(fh, start, end, options.signal);
  yield* raw.method === 'store' ? checked(data, raw) : inflateEntry(data, raw);
}

async function* checked(data: AsyncIterable<Buffer>, raw: RawEntry): AsyncGenerator<Uint8Array> {
  let value = 0;
  for await (const chunk of data) {
    value = crc32(chunk, value);
    yield chunk;
  }
  if (value !== raw.crc) throw new ZipReadError('corrupt', 'CRC-32');
}
