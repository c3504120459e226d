// A streaming ZIP writer for the benchmark (PKWARE APPNOTE 6.3): entries are written as they
// come, the central directory at the end; zip64 records only where offsets pass 4 GiB.
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

const MAX32 = 0xffffffff;
const u16 = (v) => [v & 0xff, (v >>> 8) & 0xff];
const u32 = (v) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const u64 = (v) => [...u32(v % 2 ** 32), ...u32(Math.floor(v / 2 ** 32))];

export function createZipStream(path) {
  const fd = openSync(path, 'w');
  const entries = [];
  let offset = 0;
  const write = (bytes) => {
    writeSync(fd, bytes);
    offset += bytes.length;
  };
  return {
    /** Adds an entry whose data arrive in chunks (`chunks` yields Uint8Arrays). */
    add(name, { method, size, compressedSize, crc }, chunks) {
      const nameBytes = Buffer.from(name, 'utf8');
      const header = Buffer.from([
        ...u32(0x04034b50),
        ...u16(20),
        ...u16(0x800),
        ...u16(method),
        ...u16(0),
        ...u16(0x21),
        ...u32(crc),
        ...u32(compressedSize),
        ...u32(size),
        ...u16(nameBytes.length),
        ...u16(0),
      ]);
      entries.push({ nameBytes, method, size, compressedSize, crc, offset });
      write(header);
      write(nameBytes);
      for (const chunk of chunks) write(chunk);
    },
    close() {
      const cdStart = offset;
      for (const e of entries) {
        const big = e.offset >= MAX32;
        const extra = big ? [...u16(1), ...u16(8), ...u64(e.offset)] : [];
        write(
          Buffer.from([
            ...u32(0x02014b50),
            ...u16(0x031e),
            ...u16(big ? 45 : 20),
            ...u16(0x800),
            ...u16(e.method),
            ...u16(0),
            ...u16(0x21),
            ...u32(e.crc),
            ...u32(e.compressedSize),
            ...u32(e.size),
            ...u16(e.nameBytes.length),
            ...u16(extra.length),
            ...u16(0),
            ...u16(0),
            ...u16(0),
            ...u32(0),
            ...u32(big ? MAX32 : e.offset),
          ]),
        );
        write(e.nameBytes);
        if (extra.length > 0) write(Buffer.from(extra));
      }
      const cdSize = offset - cdStart;
      const zip64 = cdStart >= MAX32 || entries.length >= 0xffff;
      if (zip64) {
        const at = offset;
        write(
          Buffer.from([
            ...u32(0x06064b50),
            ...u64(44),
            ...u16(45),
            ...u16(45),
            ...u32(0),
            ...u32(0),
            ...u64(entries.length),
            ...u64(entries.length),
            ...u64(cdSize),
            ...u64(cdStart),
          ]),
        );
        write(Buffer.from([...u32(0x07064b50), ...u32(0), ...u64(at), ...u32(1)]));
      }
      const count = Math.min(entries.length, 0xffff);
      write(
        Buffer.from([
          ...u32(0x06054b50),
          ...u16(0),
          ...u16(0),
          ...u16(count),
          ...u16(count),
          ...u32(Math.min(cdSize, MAX32)),
          ...u32(zip64 ? MAX32 : cdStart),
          ...u16(0),
        ]),
      );
      closeSync(fd);
      return { bytes: offset, entries: entries.length };
    },
  };
}

export { crc32 };
