// How long opening the Facebook step takes on a phone profile: Chromium with a 412 × 915
// touch viewport and the CPU slowed down 4× (CDP Emulation.setCPUThrottlingRate), a fresh
// profile per run. Measured inside the page, from the tap (or the change of address) to the
// step's content in the document:
//
//   guide, settled  start page complete, app stored for offline use (service worker ready),
//                   then a second without requests; then #/anleitung/facebook
//   guide, early    right after the start page is complete (nothing stored for offline yet)
//   wizard          the wizard's list with Facebook ticked; then "Start" until Facebook's task
//                   shows its form button
//
// Prints the median of FACEBOOK_STEP_RUNS runs (default 5) per case. To compare with another
// build (say, a clone of an earlier commit with `npm run build` done there), set
// FACEBOOK_STEP_BASELINE to that clone's root: the runs of both alternate, so that a busy
// machine weighs on both alike. Exits 1 when this build is slower than the baseline by more
// than FACEBOOK_STEP_TOLERANCE (default 0.1, i.e. 10 %) in a case.
//
//   npm run build && node bench/facebook-step.mjs
//   FACEBOOK_STEP_BASELINE=/tmp/base FACEBOOK_STEP_RUNS=9 node bench/facebook-step.mjs
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from './chromium.mjs';

const RATE = 4;
/** How long no request (of the page or its service worker) may be open to count as quiet. */
const QUIET_MS = 1000;
const RUNS = Number(process.env.FACEBOOK_STEP_RUNS ?? 5);

const TOLERANCE = Number(process.env.FACEBOOK_STEP_TOLERANCE ?? 0.1);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('facebook-step: FACEBOOK_STEP_RUNS must be a whole number of at least 1.');
  process.exit(1);
}
const roots = [join(import.meta.dirname, '..'), process.env.FACEBOOK_STEP_BASELINE]
  .filter((r) => r !== undefined && r !== '')
  .map((r) => resolve(r));

/** Serves a build's web app with that build's server. */
async function serveBuild(root) {
  const dist = join(root, 'apps', 'web', 'dist');
  const serverApp = join(root, 'apps', 'server', 'dist', 'app.js');
  if (!existsSync(join(dist, 'index.html')) || !existsSync(serverApp)) {
    console.error(`facebook-step: ${root} is not built. Run "npm run build" there first.`);
    process.exit(1);
  }
  const { createApp } = await import(serverApp);
  const app = createApp({ root: dist });
  return new Promise((done) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      done({ root, s, url: `http://127.0.0.1:${info.port}/` }),
    );
  });
}
const servers = [];
for (const root of roots) servers.push(await serveBuild(root));

/**
 * In the page: opens the Facebook step (the guide's address, or "Start" in the wizard) and
 * resolves with the ms until its content is in the document (checked every frame).
 */
const openStep = (kind) =>
  new Promise((done) => {
    const main = (selector) => document.querySelector(`main ${selector}`);
    const shown =
      kind === 'wizard'
        ? () =>
            /Facebook/.test(main('article.task h1')?.textContent ?? '') &&
            main('article.task a[target="_blank"]') !== null
        : () =>
            /Facebook/.test(main('h1')?.textContent ?? '') &&
            main('.step') !== null &&
            main('[role="status"]') === null;
    const t0 = performance.now();
    if (kind === 'wizard') main('.submit-bar button[type="submit"]').click();
    else location.hash = '#/anleitung/facebook';
    const check = () => (shown() ? done(performance.now() - t0) : requestAnimationFrame(check));
    check();
  });

const startComplete = () =>
  document.querySelector('main .platform-summaries') !== null &&
  document.querySelector('main [role="status"]') === null;

/** Wall time of opening the step, and the main thread's busy time (CDP TaskDuration) in it. */
async function measured(cdp, page, kind) {
  const busy = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await busy();
  const wall = await page.evaluate(openStep, kind);
  return { wall, busy: ((await busy()) - before) * 1000 };
}

async function run(server, kind) {
  const dir = mkdtempSync(join(tmpdir(), 'widerspruch-facebook-step-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: 'de-DE',
    viewport: { width: 412, height: 915 },
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await cdp.send('Performance.enable');
    // Playwright's 'networkidle' fires once per page load; this waits for any quiet second.
    const open = new Set();
    let last = Date.now();
    const seen = (r) => {
      open.add(r);
      last = Date.now();
    };
    const done = (r) => {
      open.delete(r);
      last = Date.now();
    };
    context.on('request', seen);
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    const quiet = async () => {
      while (open.size > 0 || Date.now() - last < QUIET_MS) {
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await page.goto(server.url);
    await page.waitForFunction(startComplete, undefined, { timeout: 60_000, polling: 50 });
    if (kind === 'guide, early') {
      return await measured(cdp, page, kind);
    }
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await quiet();
    if (kind === 'guide, settled') {
      return await measured(cdp, page, kind);
    }
    await page.evaluate(() => (location.hash = '#/widersprechen'));
    const facebook = page.getByRole('checkbox', { name: /^Facebook\b/ });
    await facebook.check({ timeout: 60_000 });
    await quiet();
    return await measured(cdp, page, kind);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const summary = (runs) =>
  `${median(runs.map((r) => r.wall))
    .toFixed(0)
    .padStart(5)} ms (main thread busy ` +
  `${median(runs.map((r) => r.busy))
    .toFixed(0)
    .padStart(4)} ms)`;

let slower = false;
try {
  console.log(`facebook-step: CPU ${RATE}× slower, ${RUNS} runs each, medians`);
  for (const kind of ['guide, settled', 'guide, early', 'wizard']) {
    const runs = servers.map(() => []);
    for (let i = 0; i < RUNS; i++) {
      for (const [j, server] of servers.entries()) runs[j].push(await run(server, kind));
    }
    for (const [j, server] of servers.entries()) {
      const label = j === 0 ? 'this build' : `baseline ${server.root}`;
      console.log(`  ${kind.padEnd(16)} ${summary(runs[j])}  ${label}`);
    }
    const wall = (j) => median(runs[j].map((r) => r.wall));
    if (servers.length > 1 && wall(0) > wall(1) * (1 + TOLERANCE)) {
      slower = true;
      console.log(`  ${kind}: SLOWER than the baseline`);
    }
  }
} finally {
  for (const server of servers) await new Promise((done) => server.s.close(() => done()));
}
process.exit(slower ? 1 : 0);
