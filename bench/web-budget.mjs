// Budget check: the initial JS + CSS of the built web app (what index.html loads before
// any user action) must stay within 50 KB gzip. Lazy chunks (the catalog, later the PDF
// and export-reader code) are listed but do not count. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 50 * 1024;
const dist = join(import.meta.dirname, '..', 'apps', 'web', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]+href="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]+rel="(?:stylesheet|modulepreload)"/g),
].map((m) => m[1].replace(/^\.\//, ''));
const files = [...new Set(initial)].filter((f) => /\.(js|css)$/.test(f));
if (files.length === 0) {
  console.error('web-budget: found no script or stylesheet in apps/web/dist/index.html');
  process.exit(1);
}
let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`  ${file.padEnd(40)} ${(size / 1024).toFixed(1).padStart(6)} KB gzip`);
}
const ok = total <= BUDGET;
console.log(
  `web-budget: initial JS + CSS ${(total / 1024).toFixed(1)} KB gzip of ${BUDGET / 1024} KB${ok ? '' : ' — OVER BUDGET'}`,
);
process.exit(ok ? 0 : 1);
