// Budget check: the initial JS + CSS of the built web app (what index.html loads before
// any user action, plus the largest language's message catalog, which loads before the first
// render) must stay within 50 KB gzip. Lazy chunks (core's per-language wording, which the
// pages after the start page load, the catalog's records, PDF, export reader) do not count;
// bench/first-load.mjs measures everything the start page downloads. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
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
// The app's messages of one language load with the first page: the largest language counts.
const LANGUAGES = ['de', 'en', 'fr', 'es', 'it', 'nl', 'pl'];
const languages = readdirSync(join(dist, 'assets')).filter((f) =>
  new RegExp(`^(?:${LANGUAGES.join('|')})-[\\w-]+\\.js$`).test(f),
);
if (languages.length !== LANGUAGES.length) {
  console.error(
    `web-budget: expected the message chunks of ${LANGUAGES.join(', ')}, found ${languages.join(', ')}`,
  );
  process.exit(1);
}
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const language = languages.map((f) => `assets/${f}`).sort((a, b) => gz(b) - gz(a))[0];
files.push(language);
let total = 0;
for (const file of files) {
  const size = gz(file);
  total += size;
  console.log(`  ${file.padEnd(40)} ${(size / 1024).toFixed(1).padStart(6)} KB gzip`);
}
const ok = total <= BUDGET;
console.log(
  `web-budget: initial JS + CSS ${(total / 1024).toFixed(1)} KB gzip of ${BUDGET / 1024} KB${ok ? '' : ' — OVER BUDGET'}`,
);
process.exit(ok ? 0 : 1);
