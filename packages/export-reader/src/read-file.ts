import { decodeEntryText, parseJsonText } from './entry-reader.js';
import type { ItemDraft } from './extract/draft.js';
import { stripYtdAssignment } from './extract/x.js';
import type { FileRule } from './layouts/index.js';
import type { ScanLimits } from './limits.js';
import { problem, ScanFailure } from './problems.js';
import type { ZipEntry, ZipSource } from './zip-source.js';

/** A file chosen for reading: where it is and how to read it. */
export interface PlannedFile {
  readonly path: string;
  readonly source: ZipSource;
  readonly entry: ZipEntry;
  readonly rule: FileRule;
}

/**
 * The work on one file once its bytes are read: decode, parse and extract. The bytes are
 * taken (the field emptied) when they are decoded, so that neither they nor the text outlive
 * their step: a large file's bytes, text and parsed tree are not all held at once.
 */
export interface FileJob {
  readonly rule: FileRule;
  readonly path: string;
  /** The file's uncompressed bytes, until {@link fileDrafts} takes them. */
  bytes: Uint8Array | undefined;
  readonly limits: ScanLimits;
}

/** The item drafts of one file: decoded, parsed and extracted. Throws {@link ScanFailure}. */
export function fileDrafts(job: FileJob): Iterable<ItemDraft> {
  const { rule } = job;
  if (rule.format === 'csv') return rule.extract(takeText(job));
  return rule.extract(parsedJson(job));
}

/** The job's bytes as text; the job no longer holds them. */
function takeText(job: FileJob): string {
  const bytes = job.bytes ?? new Uint8Array(0);
  job.bytes = undefined;
  return decodeEntryText(bytes, job.path);
}

/** The job's JSON (or `.js` file of JSON) parsed; neither its bytes nor its text are kept. */
function parsedJson(job: FileJob): unknown {
  const text = takeText(job);
  const json = job.rule.format === 'ytd' ? stripYtdAssignment(text) : text;
  if (json === undefined) throw new ScanFailure(problem('invalid-json', { path: job.path }));
  return parseJsonText(json, job.path, job.limits);
}
