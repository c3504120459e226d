import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { type CliFailure, failure, says, usageError } from './errors.js';
import type { Messages } from './text/messages.js';

/** Why a file could not be written or read, in words, from the system's error code. */
function reason(error: unknown, path: string, why: Messages['failure']['why']): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return why.missingFolder(dirname(path));
    case 'ENOTREG':
      return why.notRegular;
    case 'EISDIR':
      return why.folder;
    case 'EACCES':
    case 'EPERM':
      return why.permission;
    case 'EROFS':
      return why.readOnly;
    case 'ENOSPC':
    case 'EDQUOT':
      return why.full;
    default:
      return why.system(code ?? String(error));
  }
}

/**
 * A file that could not be written or read, as a failure that says why in words; for a
 * write, also what became of the file that was there before.
 */
function failed(
  action: 'read' | 'write',
  path: string,
  error: unknown,
  previous: 'kept' | 'none' = 'none',
): CliFailure {
  return failure((m) => {
    const why = reason(error, path, m.failure.why);
    return action === 'read'
      ? m.failure.cannotRead(path, why)
      : m.failure.cannotWrite(path, why, previous === 'kept');
  });
}

/**
 * The mark in every temporary name this tool makes: `.<name>.widerspruch-<pid>-<8 hex>.tmp`.
 * Hidden (a dot-file), named after the file it becomes, and with the process that writes it,
 * so that a leftover can be recognised as this tool's and as stale; nothing else is removed.
 */
const TEMPORARY = /^\..+\.widerspruch-(\d+)-[0-9a-f]{8}\.tmp$/;

/**
 * How old a leftover may get while the process its name gives still runs: after a day, that
 * number belongs to another program (a write takes seconds).
 */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** A hidden temporary name beside `path`, unique to this process and call. */
function temporaryName(path: string): string {
  const tag = `widerspruch-${process.pid}-${crypto.randomUUID().slice(0, 8)}`;
  return join(dirname(path), `.${basename(path)}.${tag}.tmp`);
}

/**
 * Writes `data` to a new file only its owner can read (0600), flushed to the disk, and
 * returns its name: the temporary file that {@link writeOutputFile} then renames.
 */
function writeTemporary(path: string, data: string | Uint8Array): string {
  const temp = temporaryName(path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    for (let at = 0; at < bytes.length; )
      at += writeSync(fd, bytes, at, Math.min(bytes.length - at, 1 << 20));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietly(temp);
    throw error;
  }
  closeSync(fd);
  return temp;
}

/**
 * Removes the temporary files killed earlier writes of this tool left in the folder of `path`
 * (for any file name): those whose process no longer runs, or older than a day. A write in
 * progress in another process, and every file not named by {@link temporaryName}, stay.
 */
export function removeLeftovers(path: string): void {
  const folder = dirname(path);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match === null) continue;
    const pid = Number(match[1]);
    if (pid === process.pid) continue;
    const file = join(folder, name);
    const stats = lstatSync(file, { throwIfNoEntry: false });
    if (stats === undefined || !stats.isFile()) continue;
    if (!isRunning(pid) || Date.now() - stats.mtimeMs > STALE_AFTER_MS) removeQuietly(file);
  }
}

let signalsWait = false;

/**
 * Lets SIGINT and SIGTERM wait until a write in progress has ended, then end the process as
 * they would have (re-sent without a listener, so the exit status names the signal). A file
 * is written synchronously, so the listener runs only after the rename: no temporary file is
 * left, and the target is the earlier file or the complete new one. Once per process; a
 * listener set up elsewhere (the interactive guide's) still runs as well.
 */
function letSignalsWaitForWrites(): void {
  // Signals reach the main thread only; in a worker (tests) a listener would never run.
  if (signalsWait || !isMainThread) return;
  signalsWait = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const endAfterWrite = () => {
      process.off(signal, endAfterWrite);
      process.kill(process.pid, signal);
    };
    process.on(signal, endAfterWrite);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never created.
  }
}

/** Flushes a folder's entries (a rename) to the disk where the system allows it. */
function syncFolder(path: string): void {
  try {
    const fd = openSync(dirname(path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some systems cannot open or flush a folder; the rename itself is still atomic.
  }
}

/** Refuses a path that is a folder, a pipe or a device, with the code {@link reason} explains. */
function checkTarget(path: string): boolean {
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
  // A pipe or device would block until something reads it: only files are written.
  if (existing && !existing.isFile())
    throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
  return existing !== undefined;
}

/**
 * Writes a file the person asked for, atomically: into a temporary file in the same folder,
 * flushed, then renamed over the target. A file that was there stays whole until the new
 * one is complete; after a failure or a kill it is unchanged. Written readable by its owner
 * only (0600): backups, letters and calendars hold personal data. A failure (no such folder,
 * a folder, no permission, a full disk) ends the command with a message that says what to do
 * and what became of the earlier file, never a stack trace.
 */
export function writeOutputFile(path: string, data: string | Uint8Array): void {
  let existed = false;
  letSignalsWaitForWrites();
  try {
    existed = checkTarget(path);
    removeLeftovers(path);
    const temp = writeTemporary(path, data);
    try {
      renameSync(temp, path);
    } catch (error) {
      removeQuietly(temp);
      throw error;
    }
    syncFolder(path);
  } catch (error) {
    throw failed('write', path, error, existed ? 'kept' : 'none');
  }
}

/**
 * Writes `data` under `name`, or under `name` with "-2", "-3" … before the extension when
 * that exists, so that a default name never overwrites an earlier file (linked exclusively,
 * so not even one written in the meantime). Atomic and 0600 like {@link writeOutputFile}.
 * Returns the name used.
 */
export function writeFreshFile(name: string, data: string | Uint8Array): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let temp: string;
  letSignalsWaitForWrites();
  try {
    removeLeftovers(name);
    temp = writeTemporary(name, data);
  } catch (error) {
    throw failed('write', name, error);
  }
  try {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? name : `${stem}-${n}${ext}`;
      try {
        linkSync(temp, candidate);
        syncFolder(candidate);
        return candidate;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw failed('write', candidate, error);
      }
    }
  } finally {
    removeQuietly(temp);
  }
}

/**
 * `--out`: undefined for standard output (no option, or `-` as command-line tools take it),
 * else the file name.
 */
export function outputTarget(out: string | undefined): string | undefined {
  return out === '-' ? undefined : out;
}

/**
 * The size of an input file, checked to be a regular file: a missing path or a folder is a
 * usage error, and so is a pipe or device (reading one could wait for ever).
 */
export function inputFileSize(path: string): number {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw failed('read', path, error);
    }
    throw usageError(says((m) => m.input.fileMissing(path)));
  }
  // A link could lead anywhere (a file of another user, a device); like scan, only the file
  // itself is read.
  if (stats.isSymbolicLink()) throw usageError(says((m) => m.input.fileIsLink(path)));
  if (stats.isDirectory()) throw usageError(says((m) => m.input.fileIsFolder(path)));
  if (!stats.isFile()) throw usageError(says((m) => m.input.fileNotRegular(path)));
  return stats.size;
}

/** Reads an input file checked with {@link inputFileSize}; a read failure gets a message. */
export function readInputFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw failed('read', path, error);
  }
}
