import { describe, expect, it } from 'vitest';
import { type ZipEntry, ZipReadError, type ZipSource } from '../src/zip-source.js';
import { concat, zipBytes } from './zip-writer.js';

/** Opens archive bytes with one implementation (a temp file for Node, a Blob for the browser). */
export type OpenZip = (bytes: Uint8Array, name: string) => Promise<ZipSource>;

/** All bytes of an entry. */
export async function readAll(source: ZipSource, entry: ZipEntry): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of source.open(entry)) chunks.push(chunk);
  return concat(chunks);
}

/** The error code an async action fails with (or 'none'). */
export async function codeOf(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
    return 'none';
  } catch (error) {
    return error instanceof ZipReadError ? error.code : `other: ${String(error)}`;
  }
}

function sample(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${i} Grüße 😀 ${(i * 7919) % 10007}\n`;
  return text;
}

const big = sample(600_000);

/**
 * The contract every {@link ZipSource} passes: the Node reader (file handles + zlib) and
 * the browser's reader (Blob + DecompressionStream) run these same tests.
 */
export function describeZipSourceContract(name: string, open: OpenZip): void {
  describe(`ZipSource contract: ${name}`, () => {
    const files = [
      { name: 'export/', directory: true },
      { name: 'export/posts/your_posts_1.json', data: big },
      { name: 'export/media/1.jpg', data: new Uint8Array([1, 2, 3, 4]), method: 'store' as const },
      { name: 'export/Grüße.json', data: '{"ä":1}' },
      { name: 'export/empty.json', data: '' },
    ];
    const withSource = async <T>(bytes: Uint8Array, use: (s: ZipSource) => Promise<T>) => {
      const source = await open(bytes, 'test.zip');
      try {
        return await use(source);
      } finally {
        await source.close();
        await source.close();
      }
    };
    const entryNamed = (entries: readonly ZipEntry[], n: string) => {
      const e = entries.find((x) => x.name === n);
      if (!e) throw new Error(`no entry ${n}`);
      return e;
    };

    it('lists names, sizes, methods and folders from the central directory', async () => {
      await withSource(zipBytes(files), async (source) => {
        const entries = await source.list();
        expect(entries.map((e) => e.name)).toEqual(files.map((f) => f.name));
        const posts = entryNamed(entries, 'export/posts/your_posts_1.json');
        expect(posts.size).toBe(new TextEncoder().encode(big).length);
        expect(posts.method).toBe('deflate');
        expect(posts.compressedSize).toBeLessThan(posts.size);
        expect(entryNamed(entries, 'export/media/1.jpg')).toMatchObject({
          method: 'store',
          size: 4,
        });
        expect(entries[0]?.directory).toBe(true);
        expect(entries.every((e) => e.encrypted === false)).toBe(true);
      });
    });

    it('opens deflated and stored entries, in any order and twice', async () => {
      await withSource(zipBytes(files), async (source) => {
        const entries = await source.list();
        const posts = entryNamed(entries, 'export/posts/your_posts_1.json');
        expect(await readAll(source, entryNamed(entries, 'export/media/1.jpg'))).toEqual(
          new Uint8Array([1, 2, 3, 4]),
        );
        expect(new TextDecoder().decode(await readAll(source, posts))).toBe(big);
        expect(
          new TextDecoder().decode(await readAll(source, entryNamed(entries, 'export/Grüße.json'))),
        ).toBe('{"ä":1}');
        expect((await readAll(source, entryNamed(entries, 'export/empty.json'))).length).toBe(0);
        expect((await readAll(source, posts)).length).toBe(posts.size);
      });
    });

    it('reads zip64 records (archives over 4 GB use them)', async () => {
      await withSource(zipBytes(files, { zip64: true }), async (source) => {
        const entries = await source.list();
        const posts = entryNamed(entries, 'export/posts/your_posts_1.json');
        expect(posts.size).toBe(new TextEncoder().encode(big).length);
        expect(new TextDecoder().decode(await readAll(source, posts))).toBe(big);
      });
    });

    it('stops early without harm when the reader breaks off', async () => {
      await withSource(zipBytes(files), async (source) => {
        const entries = await source.list();
        const posts = entryNamed(entries, 'export/posts/your_posts_1.json');
        for await (const _chunk of source.open(posts)) break;
        expect((await readAll(source, posts)).length).toBe(posts.size);
      });
    });

    it('stops when the signal aborts', async () => {
      await withSource(zipBytes(files), async (source) => {
        const posts = entryNamed(await source.list(), 'export/posts/your_posts_1.json');
        const controller = new AbortController();
        controller.abort();
        const code = await codeOf(async () => {
          for await (const _chunk of source.open(posts, { signal: controller.signal })) {
            /* drain */
          }
        });
        expect(code).not.toBe('none');
      });
    });

    it('marks encrypted entries and refuses to open them', async () => {
      const bytes = zipBytes([{ name: 'a.json', data: '[]', flags: 0x801 }]);
      await withSource(bytes, async (source) => {
        const [entry] = await source.list();
        expect(entry?.encrypted).toBe(true);
        expect(await codeOf(() => readAll(source, entry as ZipEntry))).toBe('encrypted');
      });
    });

    it('refuses unknown compression methods', async () => {
      const bytes = zipBytes([
        { name: 'a.json', data: '[]', methodCode: 12, raw: new Uint8Array([1, 2]) },
      ]);
      await withSource(bytes, async (source) => {
        const [entry] = await source.list();
        expect(entry?.method).toBe('other');
        expect(await codeOf(() => readAll(source, entry as ZipEntry))).toBe('unsupported-method');
      });
    });

    it('stops inflating at the declared size (a lying header is a ZIP bomb)', async () => {
      const bytes = zipBytes([
        { name: 'a.json', data: new Uint8Array(20_000_000), declaredSize: 1000 },
      ]);
      await withSource(bytes, async (source) => {
        const [entry] = await source.list();
        let seen = 0;
        const code = await codeOf(async () => {
          for await (const chunk of source.open(entry as ZipEntry)) seen += chunk.length;
        });
        expect(code).toBe('zip-bomb');
        expect(seen).toBeLessThanOrEqual(1000);
      });
    });

    it('fails on data shorter than declared, bad checksums and broken DEFLATE data', async () => {
      const cases = [
        { name: 'short.json', data: 'x'.repeat(100), declaredSize: 5000 },
        { name: 'crc.json', data: 'x'.repeat(100), crc: 12345 },
        {
          name: 'bad.json',
          data: 'x',
          raw: new Uint8Array([0xff, 0xff, 0xff, 0xff]),
          declaredSize: 10,
        },
      ];
      await withSource(zipBytes(cases), async (source) => {
        for (const entry of await source.list()) {
          expect([entry.name, await codeOf(() => readAll(source, entry))]).toEqual([
            entry.name,
            'corrupt',
          ]);
        }
      });
    });

    it('refuses what is not a ZIP and a ZIP cut short', async () => {
      const notZip = new TextEncoder().encode('%PDF-1.7 not a zip at all'.repeat(100));
      expect(await codeOf(() => withSource(notZip, (s) => s.list()))).toBe('not-zip');
      const whole = zipBytes(files);
      const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
      expect(await codeOf(() => withSource(cut, (s) => s.list()))).toBe('truncated');
      expect(await codeOf(() => withSource(new Uint8Array(0), (s) => s.list()))).toBe('not-zip');
    });

    it('refuses entries whose data runs past the end of the file', async () => {
      const bytes = zipBytes([
        {
          name: 'a.json',
          data: '[1]',
          method: 'store',
          declaredCompressedSize: 10_000_000,
          declaredSize: 10_000_000,
        },
      ]);
      await withSource(bytes, async (source) => {
        const [entry] = await source.list();
        expect(await codeOf(() => readAll(source, entry as ZipEntry))).toMatch(
          /^(truncated|corrupt)$/,
        );
      });
    });
  });
}
