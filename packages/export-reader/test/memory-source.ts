import type { ZipEntry, ZipSource } from '../src/zip-source.js';

/** Files by path: text or bytes. */
export type FileMap = Readonly<Record<string, string | Uint8Array>>;

/** A {@link ZipSource} over files in memory (stored, unencrypted): for tests of the layers above. */
export function memorySource(files: FileMap, name = 'memory.zip'): ZipSource {
  const bodies = Object.values(files).map((v) =>
    typeof v === 'string' ? new TextEncoder().encode(v) : v,
  );
  const entries: ZipEntry[] = Object.keys(files).map((path, index) => ({
    index,
    name: path,
    size: bodies[index]?.length ?? 0,
    compressedSize: bodies[index]?.length ?? 0,
    method: 'store',
    encrypted: false,
    directory: false,
  }));
  return {
    name,
    list: async () => entries,
    async *open(entry) {
      const body = bodies[entry.index] ?? new Uint8Array(0);
      for (let at = 0; at < body.length; at += 65536) yield body.subarray(at, at + 65536);
    },
    close: async () => {},
  };
}
