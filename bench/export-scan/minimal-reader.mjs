// The minimal reader the scan is compared with: reads the central directory, then
// inflates and JSON.parses every *.json entry (synchronous zlib, no checks, no output).
// Usage: node minimal-reader.mjs <export.zip>; prints "<entries> <bytes>" on stderr.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const fd = openSync(process.argv[2], 'r');
const read = (position, length) => {
  const buffer = Buffer.allocUnsafe(length);
  readSync(fd, buffer, 0, length, position);
  return buffer;
};
const size = fstatSync(fd).size;
const tail = read(Math.max(0, size - 65_557 - 20), Math.min(size, 65_557 + 20));
const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
let count = tail.readUInt16LE(end + 10);
let cdOffset = tail.readUInt32LE(end + 16);
let cdSize = tail.readUInt32LE(end + 12);
if (cdOffset === 0xffffffff) {
  const z = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]));
  count = Number(tail.readBigUInt64LE(z + 32));
  cdSize = Number(tail.readBigUInt64LE(z + 40));
  cdOffset = Number(tail.readBigUInt64LE(z + 48));
}
const cd = read(cdOffset, cdSize);
let at = 0;
let files = 0;
let bytes = 0;
for (let i = 0; i < count; i++) {
  const method = cd.readUInt16LE(at + 10);
  let compressed = cd.readUInt32LE(at + 20);
  let offset = cd.readUInt32LE(at + 42);
  const nameLength = cd.readUInt16LE(at + 28);
  const extraLength = cd.readUInt16LE(at + 30);
  const name = cd.toString('utf8', at + 46, at + 46 + nameLength);
  if (offset === 0xffffffff || compressed === 0xffffffff) {
    // zip64 extra field: sizes and offset in the order of the fields that overflowed.
    for (let x = at + 46 + nameLength; x < at + 46 + nameLength + extraLength; ) {
      const id = cd.readUInt16LE(x);
      if (id === 1) {
        let v = x + 4;
        if (cd.readUInt32LE(at + 24) === 0xffffffff) v += 8;
        if (compressed === 0xffffffff) {
          compressed = Number(cd.readBigUInt64LE(v));
          v += 8;
        }
        if (offset === 0xffffffff) offset = Number(cd.readBigUInt64LE(v));
      }
      x += 4 + cd.readUInt16LE(x + 2);
    }
  }
  at += 46 + nameLength + extraLength + cd.readUInt16LE(at + 32);
  if (!name.endsWith('.json')) continue;
  const header = read(offset, 30);
  const data = read(offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28), compressed);
  const raw = method === 8 ? inflateRawSync(data) : data;
  JSON.parse(raw.toString('utf8'));
  files++;
  bytes += raw.length;
}
closeSync(fd);
process.stderr.write(`${files} ${bytes}\n`);
