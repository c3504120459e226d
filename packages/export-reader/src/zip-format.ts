import { MAX_ZIP_ENTRIES, type ZipEntry, type ZipMethod, ZipReadError } from './zip-source.js';

// The ZIP structures both readers share (the CLI's over file handles, the web app's over a
// Blob): plain Uint8Array in, little-endian fields read through a DataView.

// Record layouts from PKWARE's APPNOTE.TXT 6.3 (sections 4.3.7, 4.3.12, 4.3.14–4.3.16).
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

/** Largest central directory read (a 20 000-file export has about 3 MB). */
export const MAX_CENTRAL_DIRECTORY_BYTES = 64 * 1024 * 1024;

/** Where the central directory is, from the end records. */
export interface CentralDirectoryLocation {
  readonly offset: number;
  readonly size: number;
  readonly count: number;
}

/** An entry with what the reader needs to find its data. */
export interface RawEntry extends ZipEntry {
  readonly localOffset: number;
  readonly crc: number;
}

const corrupt = (detail: string) => new ZipReadError('corrupt', detail);

/** Little-endian unsigned 16-bit value at `at` (NaN past the end, which no check accepts). */
export function u16(b: Uint8Array, at: number): number {
  return at + 2 > b.length ? Number.NaN : (b[at] as number) | ((b[at + 1] as number) << 8);
}

/** Little-endian unsigned 32-bit value at `at` (NaN past the end). */
export function u32(b: Uint8Array, at: number): number {
  return at + 4 > b.length ? Number.NaN : u16(b, at) + u16(b, at + 2) * 0x10000;
}

/** Little-endian unsigned 64-bit value at `at`; corrupt above 2^53. */
function u64(b: Uint8Array, at: number): number {
  const high = u32(b, at + 4);
  if (!(high <= 0x1fffff)) throw corrupt('64-bit value out of range');
  return u32(b, at) + high * 0x100000000;
}

/** Position of the end-of-central-directory record within `tail`, or -1. */
export function findEndRecord(tail: Uint8Array): number {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD && i + 22 + u16(tail, i + 20) <= tail.length) return i;
  }
  return -1;
}

/** Reads the end record at `at` of `tail`; `zip64` is the zip64 end record if the locator points to one. */
export function endRecordLocation(
  tail: Uint8Array,
  at: number,
): CentralDirectoryLocation & { readonly needsZip64: boolean } {
  if (u16(tail, at + 4) !== 0 || u16(tail, at + 6) !== 0) {
    throw corrupt('multi-disk archive');
  }
  const count = u16(tail, at + 10);
  const size = u32(tail, at + 12);
  const offset = u32(tail, at + 16);
  const locator = at >= 20 && u32(tail, at - 20) === ZIP64_LOCATOR;
  const needsZip64 = locator || count === 0xffff || size === MAX32 || offset === MAX32;
  return { count, size, offset, needsZip64 };
}

/** Offset of the zip64 end record, from the locator just before the end record. */
export function zip64EndOffset(tail: Uint8Array, at: number): number {
  if (at < 20 || u32(tail, at - 20) !== ZIP64_LOCATOR) throw corrupt('zip64 locator missing');
  return u64(tail, at - 12);
}

/** Reads a zip64 end record (56 bytes). */
export function zip64Location(record: Uint8Array): CentralDirectoryLocation {
  if (record.length < 56 || u32(record, 0) !== ZIP64_EOCD) throw corrupt('zip64 end record');
  return {
    count: u64(record, 32),
    size: u64(record, 40),
    offset: u64(record, 48),
  };
}

/** Checks a location against the file size and the limits before reading the directory. */
export function checkLocation(location: CentralDirectoryLocation, endAt: number): void {
  if (location.count > MAX_ZIP_ENTRIES || location.size > MAX_CENTRAL_DIRECTORY_BYTES) {
    throw new ZipReadError('too-many-entries', `${location.count} entries`);
  }
  if (location.offset + location.size > endAt) {
    throw new ZipReadError('truncated', 'central directory past the end');
  }
  if (location.count * 46 > location.size) throw corrupt('central directory too small');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function decodeName(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

function methodOf(code: number): ZipMethod {
  return code === 0 ? 'store' : code === 8 ? 'deflate' : 'other';
}

/** Parses `count` central directory records from `cd`. */
export function parseCentralDirectory(cd: Uint8Array, count: number): RawEntry[] {
  const entries: RawEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > cd.length || u32(cd, at) !== CENTRAL) throw corrupt('central record');
    const nameLength = u16(cd, at + 28);
    const extraLength = u16(cd, at + 30);
    const end = at + 46 + nameLength + extraLength + u16(cd, at + 32);
    if (end > cd.length) throw corrupt('central record too long');
    entries.push(centralRecord(cd, at, index, nameLength, extraLength));
    at = end;
  }
  return entries;
}

function centralRecord(
  cd: Uint8Array,
  at: number,
  index: number,
  nameLength: number,
  extraLength: number,
): RawEntry {
  const flags = u16(cd, at + 8);
  const method = u16(cd, at + 10);
  const name = decodeName(cd.subarray(at + 46, at + 46 + nameLength));
  const extra = cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
  const sizes = zip64Sizes(extra, {
    size: u32(cd, at + 24),
    compressedSize: u32(cd, at + 20),
    localOffset: u32(cd, at + 42),
  });
  const directory = name.endsWith('/') || name.endsWith('\\');
  return {
    index,
    name,
    ...sizes,
    method: directory ? 'store' : methodOf(method),
    encrypted: (flags & 1) === 1 || method === 99,
    directory,
    crc: u32(cd, at + 16),
  };
}

type Sizes = { size: number; compressedSize: number; localOffset: number };

/** Replaces 0xFFFFFFFF fields by the zip64 extra field's values (APPNOTE 4.5.3). */
function zip64Sizes(extra: Uint8Array, sizes: Sizes): Sizes {
  const keys = (['size', 'compressedSize', 'localOffset'] as const).filter(
    (k) => sizes[k] === MAX32,
  );
  if (keys.length === 0) return sizes;
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    if (id === 1 && keys.length * 8 <= length && at + 4 + length <= extra.length) {
      const result = { ...sizes };
      keys.forEach((k, i) => {
        result[k] = u64(extra, at + 4 + i * 8);
      });
      return result;
    }
    at += 4 + length;
  }
  throw corrupt('zip64 extra field missing');
}

const LOCAL = 0x04034b50;
/** Size of a local file header without its name and extra field. */
export const LOCAL_HEADER_BYTES = 30;

/**
 * Where an entry's data starts, relative to its local header (whose first bytes are given):
 * the local name and extra field may differ from the central directory's.
 */
export function localDataOffset(header: Uint8Array): number {
  if (header.length < LOCAL_HEADER_BYTES) throw new ZipReadError('truncated', 'local header');
  if (u32(header, 0) !== LOCAL) throw corrupt('local header');
  return LOCAL_HEADER_BYTES + u16(header, 26) + u16(header, 28);
}

/** Whether the bytes start like a ZIP archive (a local header signature). */
export function startsLikeZip(head: Uint8Array): boolean {
  return u32(head, 0) === LOCAL;
}
