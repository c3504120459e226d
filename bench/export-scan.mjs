// Benchmark: `widerspruch scan` on a synthetic Facebook export ZIP of SCAN_BENCH_GB GB
// (default 3): thousands of STOREd media files, hundreds of DEFLATEd JSON files (~40 MB).
// Compares, on the same file and warm page cache, the median of SCAN_BENCH_RUNS runs (default 3):
//   scan   node apps/cli/bin/widerspruch.js scan x.zip > /dev/null          (the summary; time, peak RSS)
//   json   node apps/cli/bin/widerspruch.js scan x.zip --json > /dev/null   (every item with its excerpt)
//   floor  unzip -p x.zip '*.json' > /dev/null    (inflating only the JSON entries)
//   full   unzip -q -d tmp x.zip                  (complete extraction, once)
//   minimal  export-scan/minimal-reader.mjs x.zip  (inflate and JSON.parse every JSON entry)
// Targets (decision 006, measured in the same run): the summary ≤ 1.75 × the minimal reader,
// --json ≤ 2.5 × the minimal reader, peak RSS ≤ 200 MB; the ratio to the floor is tracked,
// not a target. With SCAN_BENCH_BASELINE=<another build's apps/cli/bin/widerspruch.js> the
// same run also times that build (e.g. before a change) and checks that this one is not
// more than 10 % slower. Exits 1 if a target is missed.
// Run after `npm run build`; needs Debian's `unzip`. Generated files are deleted at the end.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticExport } from './export-scan/synthetic.mjs';

const GB = Number(process.env.SCAN_BENCH_GB ?? 3);
const RUNS = Number(process.env.SCAN_BENCH_RUNS ?? 3);
const bin = join(import.meta.dirname, '..', 'apps', 'cli', 'bin', 'widerspruch.js');
const minimalReader = join(import.meta.dirname, 'export-scan', 'minimal-reader.mjs');
const baseline = process.env.SCAN_BENCH_BASELINE;
const hasTimeV = spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;

if (spawnSync('unzip', ['-v']).status !== 0) {
  console.error('bench: `unzip` is missing (apt-get install -y unzip)');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'widerspruch-scan-bench-'));
const free = statfsSync(dir).bavail * statfsSync(dir).bsize;
if (free < GB * 2.2e9) {
  console.error(
    `bench: ${(free / 1e9).toFixed(1)} GB free in ${dir}; need ${(GB * 2.2).toFixed(1)} GB (set SCAN_BENCH_GB lower)`,
  );
  rmSync(dir, { recursive: true, force: true });
  process.exit(2);
}

/** Runs a command with stdout to /dev/null; wall time in s and peak RSS in MB (if measurable). */
function timed(command, args) {
  const devNull = openSync('/dev/null', 'w');
  const argv = hasTimeV ? ['-v', command, ...args] : args;
  const start = performance.now();
  const r = spawnSync(hasTimeV ? '/usr/bin/time' : command, argv, {
    stdio: ['ignore', devNull, 'pipe'],
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - start) / 1000;
  closeSync(devNull);
  const stderr = r.stderr.toString();
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${stderr.slice(-2000)}`);
  const rss = stderr.match(/Maximum resident set size \(kbytes\): (\d+)/);
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : undefined };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  const zip = join(dir, 'facebook-bench-2026-01-01-Bench123.zip');
  let t = performance.now();
  const written = writeSyntheticExport(zip, GB * 1e9);
  console.log(
    `export: ${(written.bytes / 1e9).toFixed(2)} GB, ${written.entries} entries, ${(written.json / 1e6).toFixed(1)} MB JSON of which ${(written.content / 1e6).toFixed(1)} MB content the scan reads (written in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );
  // Once with the output kept: the figures only count if the scan found everything.
  const check = spawnSync(process.execPath, [bin, 'scan', zip, '--json'], { maxBuffer: 1 << 30 });
  const counts = JSON.parse(check.stdout.toString()).exports[0]?.counts ?? {};
  console.log(`scan found ${JSON.stringify(counts)}`);
  if (counts.post !== 15_000 || counts.profile !== 1) throw new Error('the scan missed content');
  const scans = [];
  const jsons = [];
  const floors = [];
  const minimals = [];
  const baseScans = [];
  const baseJsons = [];
  for (let i = 0; i < RUNS; i++) {
    scans.push(timed(process.execPath, [bin, 'scan', zip]));
    jsons.push(timed(process.execPath, [bin, 'scan', zip, '--json']));
    if (baseline) {
      baseScans.push(timed(process.execPath, [baseline, 'scan', zip]));
      baseJsons.push(timed(process.execPath, [baseline, 'scan', zip, '--json']));
    }
    floors.push(timed('unzip', ['-p', zip, '*.json']));
    minimals.push(timed(process.execPath, [minimalReader, zip]));
  }
  const out = join(dir, 'unpacked');
  t = performance.now();
  const full = timed('unzip', ['-q', '-d', out, zip]);
  rmSync(out, { recursive: true, force: true });
  const scan = median(scans.map((s) => s.seconds));
  const json = median(jsons.map((s) => s.seconds));
  const floor = median(floors.map((s) => s.seconds));
  const minimal = median(minimals.map((s) => s.seconds));
  const rss = Math.max(...[...scans, ...jsons].map((s) => s.rssMb ?? 0));
  const ratio = scan / floor;
  console.log(
    `scan   ${scan.toFixed(2)} s   (summary)   peak RSS ${hasTimeV ? `${rss.toFixed(0)} MB` : 'n/a (no /usr/bin/time)'} (either output)`,
  );
  console.log(
    `json   ${json.toFixed(2)} s   (--json: every item) = ${(json / floor).toFixed(2)} × floor`,
  );
  console.log(`floor  ${floor.toFixed(2)} s   (unzip -p '*.json')`);
  console.log(`full   ${full.seconds.toFixed(2)} s   (unzip -q -d, complete extraction)`);
  console.log(
    `minimal reader ${minimal.toFixed(2)} s = ${(minimal / floor).toFixed(2)} × floor (inflate + JSON.parse of every JSON entry); scan = ${(scan / minimal).toFixed(2)}, --json = ${(json / minimal).toFixed(2)} × minimal reader`,
  );
  const scanRatio = scan / minimal;
  const jsonRatio = json / minimal;
  const okScan = scanRatio <= 1.75;
  const okJson = jsonRatio <= 2.5;
  const okRss = !hasTimeV || rss <= 200;
  const verdict = (ok) => (ok ? 'ok' : 'MISSED');
  console.log(
    `targets (decision 006): summary ${scanRatio.toFixed(2)} × minimal (≤ 1.75) ${verdict(okScan)}; --json ${jsonRatio.toFixed(2)} × minimal (≤ 2.5) ${verdict(okJson)}; peak RSS ${hasTimeV ? `${rss.toFixed(0)} MB` : 'n/a'} (≤ 200 MB) ${verdict(okRss)}; tracked: summary ${ratio.toFixed(2)} × floor`,
  );
  let okBase = true;
  if (baseline) {
    const baseScan = median(baseScans.map((s) => s.seconds));
    const baseJson = median(baseJsons.map((s) => s.seconds));
    okBase = scan <= baseScan * 1.1 && json <= baseJson * 1.1;
    console.log(
      `baseline ${baseline}: summary ${baseScan.toFixed(2)} s, --json ${baseJson.toFixed(2)} s; this build ${((scan / baseScan - 1) * 100).toFixed(0)} % / ${((json / baseJson - 1) * 100).toFixed(0)} % (≤ +10 %) ${verdict(okBase)}`,
    );
  }
  process.exitCode = okScan && okJson && okRss && okBase ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
