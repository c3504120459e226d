import { decodeEntryText, parseJsonText } from './entry-reader.js';
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

/** The work on one file once its bytes are read: decode, parse and extract. */
export interface FileJob {
  readonly rule: FileRule;
  readonly path: string;
  /** The file's uncompressed bytes. */
  readonly bytes: Uint8Array;
  readonly limits: ScanLimits;
}

/** The item drafts of one file: decoded, parsed and extracted. Throws {@link ScanFailure}. */
export function fileDrafts(job: FileJob): ItemDraft[] {
  const text = decodeEntryText(job.bytes, job.path);
  return extractFileText(job.path, job.rule, text, job.limits);
}

/** Turns one file's text into item drafts. Throws {@link ScanFailure}. */
function extractFileText(
  path: string,
  rule: FileRule,
  text: string,
  limits: ScanLimits = DEFAULT_LIMITS,
): ItemDraft[] {
  if (rule.format === 'csv') return rule.extract(text);
  const json = rule.format === 'ytd' ? stripYtdAssignment(text) : text;
  if (json === undefined) throw new ScanFailure(problem('invalid-json', { path }));
  return rule.extract(parseJsonText(json, path, limits));
}
