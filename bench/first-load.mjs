// Budget check: everything the browser downloads until the start page is complete and the
// network is idle, in one locale, must stay within 60 KB gzip. Serves the built web app
// (apps/server over apps/web/dist; run `npm run build` first), opens it in Chromium with a
// fresh profile, waits for the start page (the Meta summary shown, nothing left loading) and
// for the network to be idle, and sums every response the page received (HTML, JS, CSS,
// JSON, manifest, icons). Each body is gzipped here at level 9 and the sizes are summed, so
// that the figure does not depend on what the server compresses (it sends Brotli copies to
// browsers that accept them); the bytes on the wire are printed beside it. Requests the
// service worker makes to store the app for offline use are listed apart and not counted:
// they must not start before the page is complete. Nor are responses the page gets from the
// worker's store once it is there (the worker downloaded them already); they are listed too.
//
//   node bench/first-load.mjs            de (the budget) and en
//   FIRST_LOAD_LOCALES=de node bench/first-load.mjs
//
// Exits 1 when a locale is over the budget.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from './chromium.mjs';

/** The budget in bytes of gzip for one locale. */
const BUDGET = 60 * 1024;
/** How long no request may be open before the network counts as idle. */
const IDLE_MS = 1000;
const BROWSER_LOCALES = { de: 'de-DE', en: 'en-US' };

const repo = join(import.meta.dirname, '..');
const dist = join(repo, 'apps', 'web', 'dist');
const serverApp = join(repo, 'apps', 'server', 'dist', 'app.js');
if (!existsSync(join(dist, 'index.html')) || !existsSync(serverApp)) {
  console.error('first-load: the web app or the server is not built. Run "npm run build" first.');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`first-load: Chromium is missing at ${CHROMIUM} (apt-get install -y chromium).`);
  process.exit(1);
}
const locales = (process.env.FIRST_LOAD_LOCALES ?? 'de,en').split(',').map((l) => l.trim());
for (const l of locales) {
  if (!(l in BROWSER_LOCALES)) {
    console.error(`first-load: unknown locale "${l}"; use ${Object.keys(BROWSER_LOCALES)}`);
    process.exit(1);
  }
}

const { createApp } = await import(serverApp);
const app = createApp({ root: dist });
const server = await new Promise((resolve) => {
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    resolve({ s, url: `http://127.0.0.1:${info.port}/` }),
  );
});

/** The start page is complete: the Meta summary is shown and nothing says "loading". */
const complete = () =>
  document.querySelector('main .platform-summaries') !== null &&
  document.querySelector('main [role="status"]') === null;

async function measure(locale) {
  const dir = mkdtempSync(join(tmpdir(), 'widerspruch-first-load-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: BROWSER_LOCALES[locale],
    viewport: { width: 412, height: 915 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const pending = new Set();
    const bodies = [];
    const fromStore = [];
    let last = Date.now();
    page.on('request', (r) => {
      pending.add(r);
      last = Date.now();
    });
    const settle = (r) => {
      pending.delete(r);
      last = Date.now();
    };
    page.on('requestfailed', settle);
    page.on('requestfinished', async (r) => {
      const response = await r.response();
      const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      const sizes = await r.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
      const wire = sizes.responseBodySize + sizes.responseHeadersSize;
      const stored = response?.fromServiceWorker() ?? false;
      const entry = {
        url: r.url(),
        type: r.resourceType(),
        raw: body.length,
        gzip: gz(body),
        wire,
      };
      (stored ? fromStore : bodies).push(entry);
      settle(r);
    });
    const worker = [];
    context.on('requestfinished', async (r) => {
      if (!r.serviceWorker()) return;
      const sizes = await r.sizes().catch(() => ({ responseBodySize: 0 }));
      worker.push({ url: r.url(), wire: sizes.responseBodySize });
    });

    const started = Date.now();
    await page.goto(server.url);
    await page.waitForFunction(complete, undefined, { timeout: 30_000 });
    const shown = Date.now() - started;
    while (pending.size > 0 || Date.now() - last < IDLE_MS) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const onWire = bodies.reduce((sum, b) => sum + b.wire, 0);
    return { bodies, fromStore, worker, shown, onWire };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function gz(buffer) {
  return buffer.length === 0 ? 0 : gzipSync(buffer, { level: 9 }).length;
}

const kb = (n) => `${(n / 1024).toFixed(1).padStart(6)} KB`;
let failed = false;
try {
  for (const locale of locales) {
    const { bodies, fromStore, worker, shown, onWire } = await measure(locale);
    const total = bodies.reduce((sum, b) => sum + b.gzip, 0);
    console.log(`\nfirst-load (${locale}): start page complete after ${shown} ms`);
    for (const b of bodies.sort((x, y) => y.gzip - x.gzip)) {
      const path = b.url.startsWith(server.url) ? `/${b.url.slice(server.url.length)}` : b.url;
      console.log(`  ${path.padEnd(46)} ${b.type.padEnd(10)} ${kb(b.gzip)} gzip ${kb(b.raw)} raw`);
    }
    for (const b of fromStore) {
      console.log(`  (from the worker's store, not counted: ${b.url} ${kb(b.gzip).trim()} gzip)`);
    }
    const swTotal = worker.reduce((sum, w) => sum + w.wire, 0);
    console.log(
      `  (service worker until idle: ${worker.length} files, ${kb(swTotal).trim()} on the wire — not counted)`,
    );
    const ok = total <= BUDGET;
    if (!ok) failed = true;
    console.log(
      `first-load (${locale}): ${bodies.length} responses, ${(total / 1024).toFixed(1)} KB gzip ` +
        `of ${BUDGET / 1024} KB (${(onWire / 1024).toFixed(1)} KB on the wire incl. headers)` +
        (ok ? '' : ' — OVER BUDGET'),
    );
  }
} finally {
  await new Promise((done) => server.s.close(() => done()));
}
process.exit(failed ? 1 : 0);
