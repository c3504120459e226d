// Start-up of the `widerspruch` command: the median time of `--version` and `platforms` over
// several runs, and the JavaScript modules each loads (the CLI loads the wording of the one
// language it speaks). With CLI_STARTUP_BASELINE=<other build>/apps/cli/bin/widerspruch.js
// the runs alternate between the two builds. Needs `npm run build`.
//   node bench/cli-startup.mjs          (CLI_STARTUP_RUNS, default 21)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.CLI_STARTUP_RUNS ?? 21);
const builds = {
  this: join(import.meta.dirname, '..', 'apps', 'cli', 'bin', 'widerspruch.js'),
  ...(process.env.CLI_STARTUP_BASELINE ? { baseline: process.env.CLI_STARTUP_BASELINE } : {}),
};
const COMMANDS = [['--version'], ['platforms']];
const dir = mkdtempSync(join(tmpdir(), 'widerspruch-startup-bench-'));

// Writes down every module a run loads (to the file named by LOADED_LOG).
const register = join(import.meta.dirname, 'loaded-modules', 'register.mjs');

const env = { PATH: process.env.PATH ?? '', LANG: 'de_DE.UTF-8' };

/** Runs node with `argv`; the time in ms until it exits. */
function node(argv, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, {
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (r.status !== 0) throw new Error(`node ${argv.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const run = (bin, args) => node([bin, ...args]);

function loaded(bin, args) {
  const log = join(dir, 'loaded.log');
  writeFileSync(log, '');
  node(['--import', register, bin, ...args], { LOADED_LOG: log });
  const files = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))];
  const bytes = files.reduce((sum, url) => sum + statSync(fileURLToPath(url)).size, 0);
  return { modules: files.length, kb: Math.round(bytes / 1024) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

try {
  const bare = Array.from({ length: RUNS }, () => node(['-e', '']));
  console.log(`node -e '' (the floor): median ${median(bare).toFixed(1)} ms`);
  for (const args of COMMANDS) {
    const times = Object.fromEntries(Object.keys(builds).map((b) => [b, []]));
    for (let i = 0; i < RUNS; i++)
      for (const [name, bin] of Object.entries(builds)) times[name].push(run(bin, args));
    for (const [name, bin] of Object.entries(builds)) {
      const { modules, kb } = loaded(bin, args);
      const t = times[name];
      console.log(
        `widerspruch ${args.join(' ')} (${name}): median ${median(t).toFixed(1)} ms ` +
          `(n=${t.length}, min ${Math.min(...t).toFixed(1)}, max ${Math.max(...t).toFixed(1)}); ` +
          `${modules} modules, ${kb} KB of JavaScript`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
