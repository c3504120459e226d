import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';

// The built web app (`npm test` builds it first).
const root = join(import.meta.dirname, '..', '..', 'web', 'dist');
const app = createApp({ root });
// A large, well compressible chunk: all supervisory authorities of the catalog.
const catalog = readdirSync(join(root, 'assets')).find((f) =>
  /^catalog-folder-authorities-.*\.js$/.test(f),
);

describe('the web server', () => {
  it('sends the Brotli or gzip copy the browser accepts, with the same content', async () => {
    if (!catalog) throw new Error('the web app is not built');
    const path = `/assets/${catalog}`;
    const raw = readFileSync(join(root, 'assets', catalog));
    const br = await app.request(path, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(raw.length / 4);
    expect(brotliDecompressSync(brBytes).equals(raw)).toBe(true);
    const gz = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(raw)).toBe(true);
    const plain = await app.request(path);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await plain.arrayBuffer()).equals(raw)).toBe(true);
    expect(plain.headers.get('content-type')).toContain('javascript');
    expect(br.headers.get('content-type')).toContain('javascript');
  });
});
