import { decodeEntryText, parseJsonText } from './entry-reader.js';
import type { ItemDraft } from './extract/draft.js';
import { stripYtdAssignment } from './extract/x.js';
import type { ContentItem } from './inventory.js';
import { buildItem } from './item.js';
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

/** The work on one file once its bytes are read: decode, parse, extract and shorten. */
export interface FileJob {
  readonly rule: FileRule;
  readonly path: string;
  /** The file's uncompressed bytes. */
  readonly bytes: Uint8Array;
  /** Repair Meta's mojibake in the texts kept. */
  readonly mojibake: boolean;
  /** Keep the text excerpts (false: items without `text`). */
  readonly texts: boolean;
  readonly limits: ScanLimits;
}

/** An item with the media paths it names (only where there are any), for de-duplication. */
export interface JobItem {
  readonly item: ContentItem;
  readonly uris?: readonly string[];
}

/** The items of one file: decoded, parsed, extracted and shortened. Throws {@link ScanFailure}. */
export function fileItems(job: FileJob): JobItem[] {
  const text = decodeEntryText(job.bytes, job.path);
  return extractFileText(job.path, job.rule, text, job.limits).map((draft) => {
    const item = buildItem(draft, job.path, job.mojibake, job.texts);
    const uris = draft.uris;
    return uris !== undefined && uris.length > 0 ? { item, uris } : { item };
  });
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
