import { crc32, deflateRawSync } from 'node:zlib';

/** One file for {@link zipBytes}; the optional fields forge headers for hostile fixtures. */
export interface ZipFileSpec {
  readonly name: string;
  readonly data?: Uint8Array | string;
  readonly method?: 'store' | 'deflate';
  readonly directory?: boolean;
  /** Raw bytes to store as the entry's data instead of compressing `data`. */
  readonly raw?: Uint8Array;
  /** Method code to write (e.g. 12 for bzip2). */
  readonly methodCode?: number;
  readonly flags?: number;
  readonly declaredSize?: number;
  readonly declaredCompressedSize?: number;
  readonly crc?: number;
  /** Point the central record at another entry's local header (overlapping entries). */
  readonly sameDataAs?: number;
}

/** Options for {@link zipBytes}. */
export interface ZipOptions {
  /** Write zip64 records (sizes and offsets in the zip64 extra field, zip64 end records). */
  readonly zip64?: boolean;
  /** Entry count to claim in the end record instead of the real one. */
  readonly claimedEntries?: number;
}

interface Written {
  readonly spec: ZipFileSpec;
  readonly header: Uint8Array;
  readonly offset: number;
  readonly size: number;
  readonly compressedSize: number;
  readonly crc: number;
  readonly method: number;
}

const u16 = (v: number) => [v & 0xff, (v >>> 8) & 0xff];
const u32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const u64 = (v: number) => [...u32(v % 2 ** 32), ...u32(Math.floor(v / 2 ** 32))];
const MAX32 = 0xffffffff;

function bytesOf(data: Uint8Array | string | undefined): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : (data ?? new Uint8Array(0));
}

function encode(spec: ZipFileSpec): {
  body: Uint8Array;
  size: number;
  crc: number;
  method: number;
} {
  const plain = bytesOf(spec.data);
  const method = spec.methodCode ?? (spec.method === 'store' || spec.directory ? 0 : 8);
  const body = spec.raw ?? (method === 8 ? deflateRawSync(plain) : plain);
  return { body, size: plain.length, crc: spec.crc ?? crc32(plain), method };
}

/**
 * A ZIP archive in memory (PKWARE APPNOTE 6.3): a minimal writer for tests that can also
 * forge sizes, flags and methods, point entries at shared data, and use zip64 records.
 */
export function zipBytes(
  files: readonly ZipFileSpec[],
  options: ZipOptions = {},
): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const spec of files) {
    const name = new TextEncoder().encode(
      spec.directory && !spec.name.endsWith('/') ? `${spec.name}/` : spec.name,
    );
    const { body, size, crc, method } = encode(spec);
    const w = {
      spec,
      header: name,
      offset,
      size: spec.declaredSize ?? size,
      compressedSize: spec.declaredCompressedSize ?? body.length,
      crc,
      method,
    };
    const local = localHeader(w, options.zip64 === true);
    chunks.push(local, body);
    written.push(w);
    offset += local.length + body.length;
  }
  const cdStart = offset;
  for (const w of written) {
    const target = w.spec.sameDataAs === undefined ? w : (written[w.spec.sameDataAs] ?? w);
    const record = centralHeader({ ...w, offset: target.offset }, options.zip64 === true);
    chunks.push(record);
    offset += record.length;
  }
  chunks.push(...endRecords(written.length, cdStart, offset - cdStart, options));
  return concat(chunks);
}

function localHeader(w: Written, zip64: boolean): Uint8Array {
  const extra = zip64 ? [...u16(1), ...u16(16), ...u64(w.size), ...u64(w.compressedSize)] : [];
  return new Uint8Array([
    ...u32(0x04034b50),
    ...u16(zip64 ? 45 : 20),
    ...u16(w.spec.flags ?? 0x800),
    ...u16(w.method),
    ...u16(0),
    ...u16(0x21),
    ...u32(w.crc),
    ...u32(zip64 ? MAX32 : w.compressedSize),
    ...u32(zip64 ? MAX32 : w.size),
    ...u16(w.header.length),
    ...u16(extra.length),
    ...w.header,
    ...extra,
  ]);
}

function centralHeader(w: Written, zip64: boolean): Uint8Array {
  const extra = zip64
    ? [...u16(1), ...u16(24), ...u64(w.size), ...u64(w.compressedSize), ...u64(w.offset)]
    : [];
  const external = w.spec.directory ? 0x10 : 0;
  return new Uint8Array([
    ...u32(0x02014b50),
    ...u16(0x031e),
    ...u16(zip64 ? 45 : 20),
    ...u16(w.spec.flags ?? 0x800),
    ...u16(w.method),
    ...u16(0),
    ...u16(0x21),
    ...u32(w.crc),
    ...u32(zip64 ? MAX32 : w.compressedSize),
    ...u32(zip64 ? MAX32 : w.size),
    ...u16(w.header.length),
    ...u16(extra.length),
    ...u16(0),
    ...u16(0),
    ...u16(0),
    ...u32(external),
    ...u32(zip64 ? MAX32 : w.offset),
    ...w.header,
    ...extra,
  ]);
}

function endRecords(
  count: number,
  cdStart: number,
  cdSize: number,
  options: ZipOptions,
): Uint8Array[] {
  const claimed = options.claimedEntries ?? count;
  const records: Uint8Array[] = [];
  if (options.zip64) {
    const zip64End = cdStart + cdSize;
    records.push(
      new Uint8Array([
        ...u32(0x06064b50),
        ...u64(44),
        ...u16(45),
        ...u16(45),
        ...u32(0),
        ...u32(0),
        ...u64(claimed),
        ...u64(claimed),
        ...u64(cdSize),
        ...u64(cdStart),
      ]),
      new Uint8Array([...u32(0x07064b50), ...u32(0), ...u64(zip64End), ...u32(1)]),
    );
  }
  const small = (v: number, max: number) => (options.zip64 || v > max ? max : v);
  records.push(
    new Uint8Array([
      ...u32(0x06054b50),
      ...u16(0),
      ...u16(0),
      ...u16(small(claimed, 0xffff)),
      ...u16(small(claimed, 0xffff)),
      ...u32(small(cdSize, MAX32)),
      ...u32(small(cdStart, MAX32)),
      ...u16(0),
    ]),
  );
  return records;
}

/** Concatenates byte arrays. */
export function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
