import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenOptions, ZipEntry, ZipSource } from '@widerspruch/export-reader';
import { ZipReadError } from '@widerspruch/export-reader';
import { crcOf, inflateEntry, inflateSmall, noCrc, ONE_STEP_BYTES, readRange } from './zip-data.js';
import {
  type CentralDirectoryLocation,
  checkLocation,
  endRecordLocation,
  findEndRecord,
  parseCentralDirectory,
  type RawEntry,
  zip64EndOffset,
  zip64Location,
} from './zip-format.js';

const MAX_TAIL = 65_535 + 22 + 20;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

async function locate(fh: FileHandle, fileSize: number): Promise<CentralDirectoryLocation> {
  const tailStart = Math.max(0, fileSize - MAX_TAIL);
  const tail = await readAt(fh, tailStart, fileSize - tailStart);
  const at = findEndRecord(tail);
  if (at < 0) {
    const head = await readAt(fh, 0, 4);
    const zipLike = head.length === 4 && head.readUInt32LE(0) === 0x04034b50;
    throw new ZipReadError(zipLike ? 'truncated' : 'not-zip', 'no end of central directory');
  }
  const classic = endRecordLocation(tail, at);
  if (!classic.needsZip64) {
    checkLocation(classic, tailStart + at);
    return classic;
  }
  const zip64At = zip64EndOffset(tail, at);
  if (zip64At + 56 > fileSize) throw new ZipReadError('truncated', 'zip64 end record');
  const location = zip64Location(await readAt(fh, zip64At, 56));
  checkLocation(location, zip64At);
  return location;
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
      const location = await locate(fh, fileSize);
      const cd = await readAt(fh, location.offset, location.size);
      if (cd.length < location.size) throw new ZipReadError('truncated', 'central directory');
      entries = parseCentralDirectory(cd, location.count);
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

const LOCAL_HEADER = 30;
// Read with the data of a small entry, to find its local header in the same read.
const NAME_SLACK = 1024;

function dataStart(header: Buffer): number {
  if (header.length < LOCAL_HEADER) throw new ZipReadError('truncated', 'local header');
  if (header.readUInt32LE(0) !== 0x04034b50) throw new ZipReadError('corrupt', 'local header');
  return LOCAL_HEADER + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** A small entry's compressed bytes, usually with one read for header and data together. */
async function compressedBytes(fh: FileHandle, raw: RawEntry, fileSize: number): Promise<Buffer> {
  const want = Math.min(LOCAL_HEADER + NAME_SLACK + raw.compressedSize, fileSize - raw.localOffset);
  const block = await readAt(fh, raw.localOffset, Math.max(0, want));
  const start = dataStart(block);
  if (raw.localOffset + start + raw.compressedSize > fileSize) {
    throw new ZipReadError('truncated', raw.name);
  }
  if (start + raw.compressedSize <= block.length) {
    return block.subarray(start, start + raw.compressedSize);
  }
  return readAt(fh, raw.localOffset + start, raw.compressedSize);
}

function checkEntry(raw: RawEntry | undefined): RawEntry {
  if (!raw || raw.directory) throw new ZipReadError('corrupt', 'no such entry');
  if (raw.encrypted) throw new ZipReadError('encrypted', raw.name);
  if (raw.method === 'other') throw new ZipReadError('unsupported-method', raw.name);
  if (raw.method === 'store' && raw.compressedSize !== raw.size) {
    throw new ZipReadError(raw.compressedSize > raw.size ? 'zip-bomb' : 'corrupt', raw.name);
  }
  return raw;
}

async function* readEntry(
  fh: FileHandle,
  fileSize: number,
  entry: RawEntry | undefined,
  options: OpenOptions,
): AsyncGenerator<Uint8Array> {
  const raw = checkEntry(entry);
  options.signal?.throwIfAborted();
  if (
    raw.method === 'deflate' &&
    raw.size <= ONE_STEP_BYTES &&
    raw.compressedSize <= ONE_STEP_BYTES
  ) {
    yield* inflateSmall(await compressedBytes(fh, raw, fileSize), raw);
    return;
  }
  const start = raw.localOffset + dataStart(await readAt(fh, raw.localOffset, LOCAL_HEADER));
  const end = start + raw.compressedSize;
  if (end > fileSize) throw new ZipReadError('truncated', raw.name);
  const data = readRange(fh, start, end, options.signal);
  yield* raw.method === 'store' ? checked(data, raw) : inflateEntry(data, raw);
}

async function* checked(data: AsyncIterable<Buffer>, raw: RawEntry): AsyncGenerator<Uint8Array> {
  const crc = crcOf();
  let value = 0;
  for await (const chunk of data) {
    value = crc(chunk, value);
    yield chunk;
  }
  if (crc !== noCrc && value !== raw.crc) throw new ZipReadError('corrupt', 'CRC-32');
}
