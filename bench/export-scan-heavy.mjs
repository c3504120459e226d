// Benchmark: bounded memory on a content-heavy export. Writes a Facebook export with
// SCAN_HEAVY_POSTS short text posts (default 4 500 000, a ZIP of about 146 MB, see
// export-scan/heavy.mjs) and measures, with /usr/bin/time -v, wall time and peak RSS of
//   minimal  export-scan/minimal-reader.mjs x.zip           (inflate + JSON.parse, nothing else)
//   summary  widerspruch scan x.zip > /dev/null
//   json     widerspruch scan x.zip --json > /dev/null       (every item, streamed)
// Targets: peak RSS ≤ 400 MB for the summary and --json, each within 2 × the minimal reader's
// time (the median of SCAN_BENCH_RUNS runs, default 1). Exits 1 if missed. Run after
// `npm run build`; needs /usr/bin/time. The export is deleted at the end. The load average
// is printed before and after: with more runnable jobs than cores the wall-time ratios
// mostly measure the load (the user-CPU ratios are printed beside them).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeavyExport } from './export-scan/heavy.mjs';

const POSTS = Number(process.env.SCAN_HEAVY_POSTS ?? 4_500_000);
const RUNS = Number(process.env.SCAN_BENCH_RUNS ?? 1);
const bin = join(import.meta.dirname, '..', 'apps', 'cli', 'bin', 'widerspruch.js');
const minimalReader = join(import.meta.dirname, 'export-scan', 'minimal-reader.mjs');
if (spawnSync('/usr/bin/time', ['-v', 'true']).status !== 0) {
  console.error('bench: /usr/bin/time is missing (apt-get install -y time)');
  process.exit(2);
}

/** Wall and user CPU seconds and peak RSS (MB) of a command with stdout to /dev/null. */
function timed(args) {
  const devNull = openSync('/dev/null', 'w');
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
    stdio: ['ignore', devNull, 'pipe'],
  });
  const seconds = (performance.now() - start) / 1000;
  closeSync(devNull);
  const stderr = r.stderr.toString();
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${stderr.slice(-2000)}`);
  const field = (name) => Number(stderr.match(new RegExp(`${name}: ([\\d.]+)`))?.[1] ?? 0);
  return {
    seconds,
    user: field('User time \\(seconds\\)'),
    rssMb: field('Maximum resident set size \\(kbytes\\)') / 1024,
  };
}

const load = (when) =>
  console.log(
    `load average ${when}: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1, 5, 15 min) on ${availableParallelism()} cores`,
  );
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'widerspruch-heavy-bench-'));
try {
  const zip = join(dir, 'facebook-heavy-2026-01-01-Heavy123.zip');
  const written = writeHeavyExport(zip, POSTS);
  console.log(
    `export: ${(written.bytes / 1e6).toFixed(0)} MB ZIP, ${written.posts} posts, ${(written.json / 1e6).toFixed(0)} MB JSON`,
  );
  load('before');
  const runs = { minimal: [], summary: [], json: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.minimal.push(timed([minimalReader, zip]));
    runs.summary.push(timed([bin, 'scan', zip]));
    runs.json.push(timed([bin, 'scan', zip, '--json']));
  }
  const sum = Object.fromEntries(
    Object.entries(runs).map(([k, v]) => [
      k,
      {
        seconds: median(v.map((r) => r.seconds)),
        user: median(v.map((r) => r.user)),
        rssMb: Math.max(...v.map((r) => r.rssMb)),
      },
    ]),
  );
  for (const [k, v] of Object.entries(sum))
    console.log(
      `${k.padEnd(8)} ${v.seconds.toFixed(1)} s wall, ${v.user.toFixed(1)} s user CPU, peak RSS ${v.rssMb.toFixed(0)} MB`,
    );
  load('after');
  let ok = true;
  for (const k of ['summary', 'json']) {
    const ratio = sum[k].seconds / sum.minimal.seconds;
    const good = ratio <= 2 && sum[k].rssMb <= 400;
    ok &&= good;
    console.log(
      `${k}: ${ratio.toFixed(2)} × minimal reader (≤ 2; user CPU ${(sum[k].user / sum.minimal.user).toFixed(2)} ×), ${sum[k].rssMb.toFixed(0)} MB (≤ 400) ${good ? 'ok' : 'MISSED'}`,
    );
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
