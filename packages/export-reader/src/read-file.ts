import { type EntryReadContext, parseJsonText, readEntryText } from './entry-reader.js';
import type { ItemDraft } from './extract/draft.js';
import { stripYtdAssignment } from './extract/x.js';
import type { FileRule } from './layouts/index.js';
import { DEFAULT_LIMITS, type ScanLimits } from './limits.js';
import { problem, ScanFailure } from './problems.js';
import type { ZipEntry, ZipSource } from './zip-source.js';

/** A file chosen for reading: where it is and how to read it. */
export interface PlannedFile {
  readonly path: string;
  readonly source: ZipSource;
  readonly entry: ZipEntry;
  readonly rule: FileRule;
}

/** Reads one file's text within the limits. Throws {@link ScanFailure}. */
export function loadFileText(file: PlannedFile, context: EntryReadContext): Promise<string> {
  return readEntryText(file.source, file.entry, file.path, context);
}

/** Turns one file's text into item drafts. Throws {@link ScanFailure}. */
export function extractFileText(
  file: PlannedFile,
  text: string,
  limits: ScanLimits = DEFAULT_LIMITS,
): ItemDraft[] {
  const { rule } = file;
  if (rule.format === 'csv') return rule.extract(text);
  const json = rule.format === 'ytd' ? stripYtdAssignment(text) : text;
  if (json === undefined) throw new ScanFailure(problem('invalid-json', { path: file.path }));
  return rule.extract(parseJsonText(json, file.path, limits));
}
