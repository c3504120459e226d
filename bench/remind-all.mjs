// `widerspruch remind --all` over many cases: time and peak memory for N cases and for N/5,
// so that growth faster than linear shows. Needs `npm run build` and /usr/bin/time.
//   node bench/remind-all.mjs            (REMIND_BENCH_CASES, default 50000)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../apps/cli/dist/store/sqlite-store.js';

const N = Number(process.env.REMIND_BENCH_CASES ?? 50_000);
const bin = join(import.meta.dirname, '..', 'apps', 'cli', 'bin', 'widerspruch.js');
const dir = mkdtempSync(join(tmpdir(), 'widerspruch-remind-bench-'));

/** A day `n` days before today, YYYY-MM-DD (local time, as the CLI counts). */
function daysAgo(n) {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A store of `count` cases, each sent within the last 40 days (so each has a running date). */
async function makeStore(count) {
  const path = join(dir, `store-${count}.sqlite`);
  const store = openSqliteStore(path);
  const at = new Date().toISOString();
  const cases = Array.from({ length: count }, (_, i) => ({
    id: `case-${i}`,
    platform: i % 2 ? 'facebook' : 'instagram',
    account: `konto-${i}@example.org`,
    profile: 'p',
    createdAt: at,
    events: [
      { id: `s-${i}`, kind: 'submitted', at, date: daysAgo(i % 40) },
      ...(i % 3 === 0
        ? [{ id: `a-${i}`, kind: 'access-requested', at, date: daysAgo(i % 20) }]
        : []),
    ],
  }));
  await store.importData({ profiles: [{ id: 'p', name: 'Ich', createdAt: at }], cases });
  store.close();
  return path;
}

/** Runs remind --all on a store; seconds, peak RSS in MB, calendar size in MB. */
function measure(store) {
  const out = join(dir, 'calendar.ics');
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', process.execPath, bin, 'remind', '--all', '--store', store, '--out', out],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 },
  );
  if (run.status !== 0) throw new Error(`remind --all failed: ${run.stderr}`);
  const [seconds, kb] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, rssMb: kb / 1024, icsMb: statSync(out).size / 1024 / 1024 };
}

try {
  const small = measure(await makeStore(Math.round(N / 5)));
  const large = measure(await makeStore(N));
  const ratio = large.seconds / Math.max(small.seconds, 0.01);
  const line = (n, r) =>
    `${String(n).padStart(7)} cases: ${r.seconds.toFixed(2)} s, peak RSS ${r.rssMb.toFixed(0)} MB, calendar ${r.icsMb.toFixed(1)} MB`;
  console.log(line(Math.round(N / 5), small));
  console.log(line(N, large));
  console.log(`time ×${ratio.toFixed(1)} for ×5 cases (linear: about 5)`);
  // More than ×8 for ×5 the cases is no longer linear (start-up costs make it less than 5).
  if (ratio > 8) {
    console.error('remind --all grows faster than linearly');
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
