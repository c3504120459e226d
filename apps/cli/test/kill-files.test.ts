import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Case } from '@widerspruch/core';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { bulkCase } from './bulk-cases.js';

const dir = mkdtempSync(join(tmpdir(), 'widerspruch-kill-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bin = join(import.meta.dirname, '..', 'bin', 'widerspruch.js');
const store = join(dir, 'store.sqlite');
// Cases in the store: a backup of some 15 MB, so that writing it takes a while.
const COUNT = 3_000;

function caseNo(i: number): Case {
  return bulkCase(i, 1000);
}

interface Run {
  readonly killed: boolean;
  readonly code: number | null;
  readonly stderr: string;
}

/** A temporary file of this tool's atomic writes (hidden, named after the target). */
const isTemporary = (name: string) => /^\..+\.widerspruch-\d+-[0-9a-f]{8}\.tmp$/.test(name);

/**
 * Runs the CLI (in `shell` with a file size limit, if given) and ends it with `signal`
 * (SIGKILL unless given) once a temporary file appears in `folder` (so the signal lands while
 * the file is written) or after `delay` ms.
 */
function run(
  args: string[],
  opts: { folder?: string; delay?: number; limitKb?: number; signal?: NodeJS.Signals },
): Promise<Run> {
  return new Promise((resolve) => {
    const command =
      opts.limitKb === undefined
        ? spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
        : spawn(
            'sh',
            ['-c', `ulimit -f ${opts.limitKb * 2}; exec "$0" "$@"`, process.execPath, bin, ...args],
            {
              stdio: ['ignore', 'ignore', 'pipe'],
            },
          );
    let stderr = '';
    command.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const signal = opts.signal ?? 'SIGKILL';
    const kill = () => command.kill(signal);
    const timers: NodeJS.Timeout[] = [];
    if (opts.delay !== undefined) timers.push(setTimeout(kill, opts.delay));
    const { folder } = opts;
    if (folder !== undefined) {
      // Only a temporary file of this run counts, not one an earlier kill left.
      const earlier = new Set(readdirSync(folder));
      timers.push(
        setInterval(() => {
          if (readdirSync(folder).some((f) => isTemporary(f) && !earlier.has(f))) kill();
        }, 1),
      );
    }
    command.on('exit', (code, ended) => {
      for (const t of timers) clearInterval(t);
      resolve({ killed: ended === signal, code, stderr });
    });
  });
}

/** The number of cases in a backup file; throws if it is not a complete backup. */
const casesIn = (path: string) =>
  (JSON.parse(readFileSync(path, 'utf8')).cases as unknown[]).length;

describe('killing or failing the CLI while it writes a file', () => {
  it('keeps the earlier backup whole after any kill, and the next write leaves nothing behind', async () => {
    const seed = openSqliteStore(store);
    await seed.importData({
      profiles: [{ id: 'p', name: 'Ich', createdAt: '2026-03-10T00:00:00.000Z' }],
      cases: Array.from({ length: COUNT - 1 }, (_, i) => caseNo(i)),
    });
    seed.close();
    const folder = join(dir, 'backups');
    mkdirSync(folder);
    const backup = join(folder, 'backup.json');
    expect((await run(['case', 'export', '--store', store, '--out', backup], {})).code).toBe(0);
    expect(casesIn(backup)).toBe(COUNT - 1);
    const more = openSqliteStore(store);
    await more.putCase(caseNo(COUNT - 1));
    more.close();
    let killedWriting = 0;
    const args = ['case', 'export', '--store', store, '--out', backup];
    for (const opts of [{ delay: 300 }, { folder }, { folder }]) {
      const r = await run(args, opts);
      if (r.killed && 'folder' in opts) killedWriting++;
      expect([COUNT - 1, COUNT]).toContain(casesIn(backup));
    }
    expect(killedWriting, 'no kill landed while the file was written').toBeGreaterThanOrEqual(2);
    expect(readdirSync(folder).filter(isTemporary), 'the kills left nothing to clean').not.toEqual(
      [],
    );
    // A following command that writes another file into the folder takes away what killed
    // writes left behind; the backup stays as it was.
    const before = readFileSync(backup);
    const other = ['case', 'export', '--store', store, '--out', join(folder, 'other.json')];
    expect((await run(other, {})).code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['backup.json', 'other.json']);
    expect(readFileSync(backup).equals(before)).toBe(true);
    expect((await run(args, {})).code).toBe(0);
    expect(casesIn(backup)).toBe(COUNT);
    expect(readdirSync(folder).sort()).toEqual(['backup.json', 'other.json']);
    // SIGINT or SIGTERM during a write: the write ends first (the file is complete, no
    // temporary file stays), then the process ends by the signal or, when the command was
    // done by then, as it would have.
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const r = await run(args, { folder, signal });
      expect(r.killed || r.code === 0, `${signal}: ${r.code} ${r.stderr}`).toBe(true);
      expect(casesIn(backup)).toBe(COUNT);
      expect(readdirSync(folder).sort()).toEqual(['backup.json', 'other.json']);
    }
  }, 90_000);

  it('keeps the earlier backup and says so when the disk refuses the write', async () => {
    const backup = join(dir, 'limited.json');
    writeFileSync(backup, '{"format":"widerspruch","version":1,"cases":[1,2]}');
    const before = readFileSync(backup, 'utf8');
    const r = await run(['case', 'export', '--store', store, '--out', backup], { limitKb: 1024 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Die bisherige Datei ist unverändert erhalten.');
    expect(readFileSync(backup, 'utf8')).toBe(before);
    expect(readdirSync(dir).filter(isTemporary)).toEqual([]);
  }, 60_000);

  it('keeps an earlier letter whole after a kill or a refused write', async () => {
    const s = openSqliteStore(store);
    await s.putCase({ ...caseNo(0), id: 'letter-case', events: [] });
    s.close();
    const folder = join(dir, 'letters');
    mkdirSync(folder);
    const args = [
      'letter',
      'objection',
      '--case',
      'letter-case',
      '--name',
      'Anna',
      '--store',
      store,
    ];
    const complete: Record<string, (b: Buffer) => boolean> = {
      text: (b) => b.toString().endsWith('Anna\n'),
      eml: (b) => {
        const [, body = ''] = b.toString().split('\r\n\r\n');
        return Buffer.from(body, 'base64').toString().endsWith('Anna\n');
      },
      pdf: (b) => b.toString('latin1').trimEnd().endsWith('%%EOF'),
    };
    for (const format of ['text', 'eml', 'pdf'] as const) {
      const out = join(folder, `brief.${format}`);
      expect((await run([...args, '--out', out, '--format', format], {})).code).toBe(0);
      const first = readFileSync(out);
      for (const delay of [200, 400]) {
        await run([...args, '--note', 'neu', '--out', out, '--format', format], { delay, folder });
        const now = readFileSync(out);
        expect(now.equals(first) || complete[format]?.(now), `${format} after ${delay} ms`).toBe(
          true,
        );
      }
    }
    // Each letter written after a kill took away what the kill left (the last one, too).
    expect((await run([...args, '--out', join(folder, 'brief.txt')], {})).code).toBe(0);
    expect(readdirSync(folder).filter(isTemporary)).toEqual([]);
    // The file system refuses everything past 36 KB (the store's own files fit): a long
    // letter fails half-written, and the one that was there stays.
    const out = join(folder, 'brief.pdf');
    const before = readFileSync(out);
    const note = Array.from({ length: 2500 }, (_, i) => `Wort${i}`).join(' ');
    const limited = await run([...args, '--note', note, '--out', out], { limitKb: 36 });
    expect(limited.code).toBe(1);
    expect(limited.stderr).toContain('Die bisherige Datei ist unverändert erhalten.');
    expect(readFileSync(out).equals(before)).toBe(true);
  }, 90_000);
});
