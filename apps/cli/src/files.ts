import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import type { LocalizedText } from '@widerspruch/catalog';
import { CliFailure, EXIT, usageError } from './errors.js';

/** Why a file could not be written or read, in words, from the system's error code. */
function reason(error: unknown, path: string): LocalizedText {
  const code = (error as NodeJS.ErrnoException).code;
  const folder = dirname(path);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        de: `den Ordner „${folder}“ gibt es nicht. Legen Sie ihn an oder wählen Sie einen anderen Pfad.`,
        en: `the folder "${folder}" does not exist. Create it or choose another path.`,
      };
    case 'ENOTREG':
      return {
        de: 'das ist keine gewöhnliche Datei. Geben Sie einen Dateinamen an.',
        en: 'that is not a regular file (but, for example, a pipe). Give a file name.',
      };
    case 'EISDIR':
      return {
        de: 'das ist ein Ordner. Geben Sie einen Dateinamen an.',
        en: 'that is a folder. Give a file name.',
      };
    case 'EACCES':
    case 'EPERM':
      return {
        de: 'dafür fehlt die Berechtigung. Wählen Sie einen anderen Ort, z. B. Ihren Benutzerordner.',
        en: 'permission is denied. Choose another place, such as your home folder.',
      };
    case 'EROFS':
      return {
        de: 'das Laufwerk ist schreibgeschützt. Wählen Sie einen anderen Ort.',
        en: 'the drive is read-only. Choose another place.',
      };
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        de: 'auf dem Laufwerk ist kein Platz mehr. Geben Sie Speicher frei oder wählen Sie einen anderen Ort.',
        en: 'the drive is full. Free some space or choose another place.',
      };
    default:
      return {
        de: `das System meldet ${code ?? String(error)}.`,
        en: `the system reports ${code ?? String(error)}.`,
      };
  }
}

/** A file that could not be written or read, as a failure that says why in words. */
function failed(action: 'read' | 'write', path: string, error: unknown): CliFailure {
  const why = reason(error, path);
  const de = action === 'read' ? 'lesen' : 'schreiben';
  return new CliFailure(
    [
      {
        de: `„${path}“ lässt sich nicht ${de}: ${why.de}`,
        en: `Cannot ${action} "${path}": ${why.en}`,
      },
    ],
    EXIT.failure,
  );
}

/**
 * Writes a file the person asked for. A failure (no such folder, a folder, no permission,
 * a full disk) ends the command with a message that says what to do, never a stack trace.
 */
export function writeOutputFile(path: string, data: string | Uint8Array): void {
  try {
    // A pipe or device would block until something reads it: only files are written.
    const existing = statSync(path, { throwIfNoEntry: false });
    if (existing && !existing.isFile() && !existing.isDirectory())
      throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    writeFileSync(path, data);
  } catch (error) {
    throw failed('write', path, error);
  }
}

/**
 * Writes `data` under `name`, or under `name` with "-2", "-3" … before the extension when
 * that exists, so that a default name never overwrites an earlier file (created exclusively,
 * so not even one written in the meantime). Returns the name used.
 */
export function writeFreshFile(name: string, data: string | Uint8Array): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}${ext}`;
    try {
      writeFileSync(candidate, data, { flag: 'wx' });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      writeOutputFile(candidate, data); // reports the failure in words
      return candidate;
    }
  }
}

/**
 * The size of an input file, checked to be a regular file: a missing path or a folder is a
 * usage error, and so is a pipe or device (reading one could wait for ever).
 */
export function inputFileSize(path: string): number {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw failed('read', path, error);
    }
    throw usageError({
      de: `Die Datei „${path}“ gibt es nicht.`,
      en: `The file "${path}" does not exist.`,
    });
  }
  if (stats.isDirectory())
    throw usageError({
      de: `„${path}“ ist ein Ordner. Geben Sie eine Datei an.`,
      en: `"${path}" is a folder. Give a file.`,
    });
  if (!stats.isFile())
    throw usageError({
      de: `„${path}“ ist keine gewöhnliche Datei. Geben Sie eine Datei an.`,
      en: `"${path}" is not a regular file. Give a file.`,
    });
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
