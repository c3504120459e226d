import { readFileSync, statSync } from 'node:fs';
import { isEncryptedBackup } from '@widerspruch/core';
import type { Messages } from '../text/messages.js';

/** What a backup's target file holds before it is replaced. */
export type ExistingBackup =
  | { readonly kind: 'none' }
  /** `cases` is undefined for an encrypted backup (its count cannot be read). */
  | { readonly kind: 'backup'; readonly cases: number | undefined }
  | { readonly kind: 'other' };

/** Larger files are not read to count their cases. */
const MAX_COUNTED_BYTES = 200 * 1024 * 1024;

/**
 * What `path` holds now: nothing (or an empty file), a backup with its number of cases, an
 * encrypted backup, or another file.
 */
export function existingBackup(path: string): ExistingBackup {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile() || stats.size === 0) return { kind: 'none' };
  if (stats.size > MAX_COUNTED_BYTES) return { kind: 'other' };
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return { kind: 'other' };
  }
  if (isEncryptedBackup(text)) return { kind: 'backup', cases: undefined };
  try {
    const json = JSON.parse(text) as { format?: unknown; cases?: unknown };
    if (json.format === 'widerspruch' && Array.isArray(json.cases))
      return { kind: 'backup', cases: json.cases.length };
  } catch {
    // Not JSON: another file.
  }
  return { kind: 'other' };
}

/** ", replacing a backup with 5 cases" — said after a backup is written over another. */
export function replacementNote(previous: ExistingBackup, t: Messages['backup']): string {
  if (previous.kind === 'none') return '';
  if (previous.kind === 'other') return t.replacedOther;
  if (previous.cases === undefined) return t.replacedEncrypted;
  return t.replacedBackup(previous.cases);
}
