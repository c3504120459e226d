import { parseCsv } from './csv.js';
import {
  decodeEntryText,
  type EntryReadContext,
  parseJsonText,
  readEntryBytes,
} from './entry-reader.js';
import { firstList } from './extract/json-access.js';
import { stripYtdAssignment } from './extract/x.js';
import type { UnreadFile } from './inventory.js';
import type { ZipEntry, ZipSource } from './zip-source.js';

/** A content file no rule reads, with where to find it. */
export interface UnreadEntry {
  readonly path: string;
  readonly source: ZipSource;
  readonly entry: ZipEntry;
}

/** Unread files up to this size are opened to count their records: cheap enough. */
const COUNT_MAX_BYTES = 1024 * 1024;
/** At most this many unread files are opened. */
const COUNT_MAX_FILES = 50;

/**
 * The unread files with their sizes and, for small ones, how many records they hold (the
 * length of their list; CSV rows after the header). A file that cannot be counted (too large,
 * not parseable, past the read budget) has no count; nothing here refuses the export.
 */
export async function describeUnread(
  files: readonly UnreadEntry[],
  context: EntryReadContext,
): Promise<UnreadFile[]> {
  const described: UnreadFile[] = [];
  let opened = 0;
  for (const file of files) {
    const bytes = file.entry.size;
    let records: number | undefined;
    if (bytes <= COUNT_MAX_BYTES && opened < COUNT_MAX_FILES) {
      opened++;
      records = await recordCount(file, context).catch(() => undefined);
    }
    described.push(
      records === undefined ? { path: file.path, bytes } : { path: file.path, bytes, records },
    );
  }
  return described;
}

async function recordCount(
  file: UnreadEntry,
  context: EntryReadContext,
): Promise<number | undefined> {
  const text = decodeEntryText(
    await readEntryBytes(file.source, file.entry, file.path, context),
    file.path,
  );
  if (/\.csv$/i.test(file.path)) {
    const rows = parseCsv(text).filter((r) => r.length > 1 || (r[0] ?? '') !== '');
    return Math.max(0, rows.length - 1);
  }
  const json = /\.js$/i.test(file.path) ? stripYtdAssignment(text) : text;
  if (json === undefined) return undefined;
  const data = parseJsonText(json, file.path, context.limits);
  return Array.isArray(data) ? data.length : firstList(data).length;
}
