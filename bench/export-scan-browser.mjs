// Benchmark: the web app's export scan (Blob reader in a Web Worker, Debian's Chromium) against
// the CLI scan on the same synthetic Facebook export of SCAN_BENCH_GB GB (default 1).
// Target: the browser scan within 2× the CLI scan. Run after `npm run build`.
// Each side runs SCAN_BENCH_RUNS times (default 3; the browser in one session, the page
// reloaded between runs) and the medians are compared. Generated files are deleted at the end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticExport } from './export-scan/synthetic.mjs';

const GB = Number(process.env.SCAN_BENCH_GB ?? 1);
const RUNS = Number(process.env.SCAN_BENCH_RUNS ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'widerspruch-browser-bench-'));
// e2e/ helpers are TypeScript; tsx runs the browser part.
const browserPart = join(import.meta.dirname, 'export-scan', 'browser-scan.ts');

try {
  const zip = join(dir, 'facebook-bench-2026-01-01-Bench123.zip');
  const written = writeSyntheticExport(zip, GB * 1e9);
  console.log(`export: ${(written.bytes / 1e9).toFixed(2)} GB, ${written.entries} entries`);
  const cliRuns = [];
  for (let i = 0; i < RUNS; i++) {
    const cliStart = performance.now();
    const cli = spawnSync(
      process.execPath,
      [join(root, 'apps/cli/bin/widerspruch.js'), 'scan', zip, '--json'],
      { maxBuffer: 1 << 30 },
    );
    cliRuns.push((performance.now() - cliStart) / 1000);
    if (cli.status !== 0) throw new Error(`CLI scan failed: ${cli.stderr}`);
  }
  const browser = spawnSync('npx', ['tsx', browserPart, zip, String(RUNS)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (browser.status !== 0) throw new Error(`browser scan failed: ${browser.stderr}`);
  const browserRuns = browser.stdout.trim().split('\n').map(Number);
  const cliSeconds = median(cliRuns);
  const browserSeconds = median(browserRuns);
  const ratio = browserSeconds / cliSeconds;
  console.log(`cli scan      ${cliSeconds.toFixed(2)} s (median of ${RUNS})`);
  console.log(
    `browser scan  ${browserSeconds.toFixed(2)} s (median of ${RUNS}, from choosing the file to the result)`,
  );
  console.log(`export-scan-browser: browser/cli = ${ratio.toFixed(2)} (target ≤ 2)`);
  process.exitCode = ratio <= 2 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
