import {
  MAX_ZIP_ENTRIES,
  type ZipEntry,
  type ZipMethod,
  ZipReadError,
} from '@widerspruch/export-reader';

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

/** Position of the end-of-central-directory record within `tail`, or -1. */
export function findEndRecord(tail: Buffer): number {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length)
      return i;
  }
  return -1;
}

/** Reads the end record at `at` of `tail`; `zip64` is the zip64 end record if the locator points to one. */
export function endRecordLocation(
  tail: Buffer,
  at: number,
): CentralDirectoryLocation & { readonly needsZip64: boolean } {
  if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0) {
    throw corrupt('multi-disk archive');
  }
  const count = tail.readUInt16LE(at + 10);
  const size = tail.readUInt32LE(at + 12);
  const offset = tail.readUInt32LE(at + 16);
  const locator = at >= 20 && tail.readUInt32LE(at - 20) === ZIP64_LOCATOR;
  const needsZip64 = locator || count === 0xffff || size === MAX32 || offset === MAX32;
  return { count, size, offset, needsZip64 };
}

/** Offset of the zip64 end record, from the locator just before the end record. */
export function zip64EndOffset(tail: Buffer, at: number): number {
  if (at < 20 || tail.readUInt32LE(at - 20) !== ZIP64_LOCATOR)
    throw corrupt('zip64 locator missing');
  return safeNumber(tail.readBigUInt64LE(at - 12));
}

/** Reads a zip64 end record (56 bytes). */
export function zip64Location(record: Buffer): CentralDirectoryLocation {
  if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD)
    throw corrupt('zip64 end record');
  return {
    count: safeNumber(record.readBigUInt64LE(32)),
    size: safeNumber(record.readBigUInt64LE(40)),
    offset: safeNumber(record.readBigUInt64LE(48)),
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

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('64-bit value out of range');
  return Number(value);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function decodeName(bytes: Buffer): string {
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
export function parseCentralDirectory(cd: Buffer, count: number): RawEntry[] {
  const entries: RawEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL) throw corrupt('central record');
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const end = at + 46 + nameLength + extraLength + cd.readUInt16LE(at + 32);
    if (end > cd.length) throw corrupt('central record too long');
    entries.push(centralRecord(cd, at, index, nameLength, extraLength));
    at = end;
  }
  return entries;
}

function centralRecord(
  cd: Buffer,
  at: number,
  index: number,
  nameLength: number,
  extraLength: number,
): RawEntry {
  const flags = cd.readUInt16LE(at + 8);
  const method = cd.readUInt16LE(at + 10);
  const name = decodeName(cd.subarray(at + 46, at + 46 + nameLength));
  const extra = cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
  const sizes = zip64Sizes(extra, {
    size: cd.readUInt32LE(at + 24),
    compressedSize: cd.readUInt32LE(at + 20),
    localOffset: cd.readUInt32LE(at + 42),
  });
  const directory = name.endsWith('/') || name.endsWith('\\');
  return {
    index,
    name,
    ...sizes,
    method: directory ? 'store' : methodOf(method),
    encrypted: (flags & 1) === 1 || method === 99,
    directory,
    crc: cd.readUInt32LE(at + 16),
  };
}

type Sizes = { size: number; compressedSize: number; localOffset: number };

/** Replaces 0xFFFFFFFF fields by the zip64 extra field's values (APPNOTE 4.5.3). */
function zip64Sizes(extra: Buffer, sizes: Sizes): Sizes {
  const keys = (['size', 'compressedSize', 'localOffset'] as const).filter(
    (k) => sizes[k] === MAX32,
  );
  if (keys.length === 0) return sizes;
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1 && keys.length * 8 <= length && at + 4 + length <= extra.length) {
      const result = { ...sizes };
      keys.forEach((k, i) => {
        result[k] = safeNumber(extra.readBigUInt64LE(at + 4 + i * 8));
      });
      return result;
    }
    at += 4 + length;
  }
  throw corrupt('zip64 extra field missing');
}
