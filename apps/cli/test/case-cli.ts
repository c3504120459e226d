// Shared set-up of the CLI tests that work on cases: a temporary folder of stores, the CLI
// run in German against one store, a case added, and the export without its time stamp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

/** What a CLI run printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Test helpers around a temporary folder (named after `prefix`) removed after the file. */
export function caseCli(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `widerspruch-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;

  /** Runs the CLI with LANG=de and the store `store`. */
  const cli = async (store: string, ...args: string[]): Promise<CliRun> => {
    const f = fakeIo({ env: { LANG: 'de_DE.UTF-8', WIDERSPRUCH_STORE: store } });
    const code = await runCli(args, f.io);
    return { code, stdout: f.stdout(), stderr: f.stderr() };
  };

  return {
    dir,
    cli,
    /** A path for a new, empty store. */
    newStore: () => join(dir, `store-${++n}.sqlite`),
    /** Adds a case (sent on `submitted`, if given) and returns its id. */
    addCase: async (store: string, submitted?: string, platform = 'facebook') => {
      const sent = submitted === undefined ? [] : ['--submitted', submitted];
      const r = await cli(store, 'case', 'add', platform, '--account', 'a@example.org', ...sent);
      expect(r.code).toBe(0);
      return r.stdout.trim().split('\n').at(-1) as string;
    },
    /** `case export` without its time stamp, for comparing stores. */
    exportText: (store: string) =>
      cli(store, 'case', 'export').then((r) => r.stdout.replace(/"exportedAt": "[^"]+"/, '')),
  };
}
