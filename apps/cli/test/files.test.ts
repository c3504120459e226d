import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliFailure } from '../src/errors.js';
import { inputFileSize, readInputFile, writeFreshFile, writeOutputFile } from '../src/files.js';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'widerspruch-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function failure(run: () => unknown): { de: string; en: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof CliFailure && error.messages[0]) return error.messages[0];
    throw error;
  }
  throw new Error('no failure');
}

async function cli(...args: string[]) {
  const f = fakeIo({
    env: { LANG: 'de_DE.UTF-8', WIDERSPRUCH_STORE: join(dir, 'store.sqlite') },
  });
  const code = await runCli(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe('output and input files', () => {
  it('says what to do when a file cannot be written, instead of a stack trace', () => {
    const missing = failure(() => writeOutputFile(join(dir, 'nope', 'x.pdf'), 'x'));
    expect(missing.de).toMatch(/den Ordner „.*nope“ gibt es nicht\. Legen Sie ihn an/);
    expect(missing.en).toMatch(/the folder ".*nope" does not exist/);
    expect(failure(() => writeOutputFile(dir, 'x')).de).toMatch(/das ist ein Ordner/);
  });

  it('removes only stale temporary files of its own writes from the folder it writes into', () => {
    const folder = join(dir, 'leftovers');
    mkdirSync(folder);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const running = process.ppid;
    const temp = (name: string, pid: number, tag = '0123abcd') =>
      `.${name}.widerspruch-${pid}-${tag}.tmp`;
    const stale = [temp('backup.json', gone), temp('brief.pdf', gone, 'deadbeef')];
    const old = temp('fristen.ics', running);
    const kept = [
      temp('backup.json', running, 'feedc0de'), // a write in progress in another process
      '.backup.json.123-0123abcd.tmp', // not named by this tool
      'notes.tmp',
      '.widerspruch.tmp',
      'backup.json',
    ];
    for (const name of [...stale, old, ...kept]) writeFileSync(join(folder, name), 'x');
    const dayAndMore = Date.now() / 1000 - 25 * 60 * 60;
    utimesSync(join(folder, old), dayAndMore, dayAndMore);
    mkdirSync(join(folder, temp('folder', gone)));
    // Any write into the folder, under any name, cleans up.
    writeOutputFile(join(folder, 'other.txt'), 'y');
    expect(readdirSync(folder).sort()).toEqual([...kept, temp('folder', gone), 'other.txt'].sort());
  });

  it('writes a default name without replacing an earlier file', () => {
    const name = join(dir, 'letter.pdf');
    expect(writeFreshFile(name, 'a')).toBe(name);
    expect(writeFreshFile(name, 'b')).toBe(join(dir, 'letter-2.pdf'));
    expect(writeFreshFile(name, 'c')).toBe(join(dir, 'letter-3.pdf'));
    expect(readFileSync(name, 'utf8')).toBe('a');
    expect(readFileSync(join(dir, 'letter-2.pdf'), 'utf8')).toBe('b');
  });

  it('never writes into a pipe (it would wait for a reader)', () => {
    const fifo = join(dir, 'out-fifo');
    execFileSync('mkfifo', [fifo]);
    expect(failure(() => writeOutputFile(fifo, 'x')).de).toMatch(/keine gewöhnliche Datei/);
  });

  it('refuses folders, pipes and missing paths as input files', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(failure(() => inputFileSize(fifo)).de).toMatch(/keine gewöhnliche Datei/);
    expect(failure(() => inputFileSize(dir)).de).toMatch(/ist ein Ordner/);
    expect(failure(() => inputFileSize(join(dir, 'none'))).de).toMatch(/gibt es nicht/);
    const file = join(dir, 'in.json');
    writeFileSync(file, '{}');
    expect(inputFileSize(file)).toBe(2);
    expect(readInputFile(file).toString()).toBe('{}');
  });

  it('ends with a message (exit 1) when an export, reminder or letter cannot be saved', async () => {
    const out = join(dir, 'missing-folder', 'backup.json');
    await cli('case', 'add', 'facebook', '--account', 'a@example.org');
    const r = await cli('case', 'export', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('lässt sich nicht schreiben: den Ordner');
    expect(r.stderr).not.toMatch(/unexpected|at .*\.js|ENOENT/);
  });

  it('does not wait on a named pipe given to scan or import', async () => {
    const fifo = join(dir, 'scan-fifo');
    execFileSync('mkfifo', [fifo]);
    const scan = await cli('scan', fifo);
    expect(scan.code).toBe(2);
    expect(scan.stderr).toMatch(/weder eine Datei noch ein Ordner/);
    const imported = await cli('case', 'import', fifo);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toMatch(/keine gewöhnliche Datei/);
    mkdirSync(join(dir, 'a-folder'));
    expect((await cli('case', 'import', join(dir, 'a-folder'))).stderr).toMatch(/ist ein Ordner/);
  });
});
