import {
  type CentralDirectoryLocation,
  checkLocation,
  endRecordLocation,
  findEndRecord,
  LOCAL_HEADER_BYTES,
  localDataOffset,
  parseCentralDirectory,
  type RawEntry,
  startsLikeZip,
  zip64EndOffset,
  zip64Location,
} from './zip-format.js';
import { ZipReadError } from './zip-source.js';

// Reading an archive with any random-access reader: the CLI's file handle, the web app's Blob.

/** Reads `length` bytes at `position` (fewer at the end of the file). */
export type ReadAt = (position: number, length: number) => Promise<Uint8Array>;

const MAX_TAIL = 65_535 + 22 + 20;

async function locate(size: number, readAt: ReadAt): Promise<CentralDirectoryLocation> {
  const tailStart = Math.max(0, size - MAX_TAIL);
  const tail = await readAt(tailStart, size - tailStart);
  const at = findEndRecord(tail);
  if (at < 0) {
    const zipLike = startsLikeZip(await readAt(0, 4));
    throw new ZipReadError(zipLike ? 'truncated' : 'not-zip', 'no end of central directory');
  }
  const classic = endRecordLocation(tail, at);
  if (!classic.needsZip64) {
    checkLocation(classic, tailStart + at);
    return classic;
  }
  const zip64At = zip64EndOffset(tail, at);
  if (zip64At + 56 > size) throw new ZipReadError('truncated', 'zip64 end record');
  const location = zip64Location(await readAt(zip64At, 56));
  checkLocation(location, zip64At);
  return location;
}

/**
 * The entries of an archive of `size` bytes, from its end records and central directory
 * (zip64 included). Throws {@link ZipReadError} when they are missing or broken.
 */
export async function listArchive(size: number, readAt: ReadAt): Promise<RawEntry[]> {
  const location = await locate(size, readAt);
  const cd = await readAt(location.offset, location.size);
  if (cd.length < location.size) throw new ZipReadError('truncated', 'central directory');
  return parseCentralDirectory(cd, location.count);
}

/** The entry, if it can be opened: not a folder, not encrypted, a known method. */
export function checkEntry(raw: RawEntry | undefined): RawEntry {
  if (!raw || raw.directory) throw new ZipReadError('corrupt', 'no such entry');
  if (raw.encrypted) throw new ZipReadError('encrypted', raw.name);
  if (raw.method === 'other') throw new ZipReadError('unsupported-method', raw.name);
  if (raw.method === 'store' && raw.compressedSize !== raw.size) {
    throw new ZipReadError(raw.compressedSize > raw.size ? 'zip-bomb' : 'corrupt', raw.name);
  }
  return raw;
}

// Read with the data of a small entry, to find its local header in the same read.
const NAME_SLACK = 1024;

/** A small entry's compressed bytes, usually with one read for header and data together. */
export async function compressedBytes(
  raw: RawEntry,
  size: number,
  readAt: ReadAt,
): Promise<Uint8Array> {
  const want = Math.min(
    LOCAL_HEADER_BYTES + NAME_SLACK + raw.compressedSize,
    size - raw.localOffset,
  );
  const block = await readAt(raw.localOffset, Math.max(0, want));
  const start = localDataOffset(block);
  if (raw.localOffset + start + raw.compressedSize > size) {
    throw new ZipReadError('truncated', raw.name);
  }
  if (start + raw.compressedSize <= block.length) {
    return block.subarray(start, start + raw.compressedSize);
  }
  return readAt(raw.localOffset + start, raw.compressedSize);
}

/** Where an entry's compressed bytes are: from `start` to `end` of the archive. */
export async function dataRange(
  raw: RawEntry,
  size: number,
  readAt: ReadAt,
): Promise<{ start: number; end: number }> {
  const start =
    raw.localOffset + localDataOffset(await readAt(raw.localOffset, LOCAL_HEADER_BYTES));
  const end = start + raw.compressedSize;
  if (end > size) throw new ZipReadError('truncated', raw.name);
  return { start, end };
}
