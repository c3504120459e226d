import type { Extractor } from '../extract/draft.js';
import type { CsvExtractor } from '../extract/linkedin.js';
import type { ExportPlatform } from '../inventory.js';

/** How a file is read: JSON, X's `window.YTD… = [...]` JavaScript, or CSV. */
export type FileRule =
  | { readonly pattern: RegExp; readonly format: 'json' | 'ytd'; readonly extract: Extractor }
  | { readonly pattern: RegExp; readonly format: 'csv'; readonly extract: CsvExtractor };

/** One generation of one platform's export tree. */
export interface Layout {
  readonly platform: ExportPlatform;
  /** e.g. `facebook-2024`: the platform and the year the generation appeared. */
  readonly id: string;
  /** Any path (relative to the export root) matching one of these means this layout. */
  readonly markers: readonly RegExp[];
  /** The files to read, in this order (own posts first, so media can be de-duplicated). */
  readonly rules: readonly FileRule[];
  /** Whether strings carry Meta's mojibake (§4 of the format notes) and need repair. */
  readonly mojibake: boolean;
  /**
   * Where the person's own content lives: a JSON, JS or CSV file matching this that no rule
   * reads (and `skip` does not name) is reported as unread, and the result as incomplete.
   */
  readonly contentFiles: RegExp;
  /** Files in the content areas known to hold nothing the inventory counts (likes, edits). */
  readonly skip?: RegExp;
}

/** A JSON file rule. */
export function json(pattern: RegExp, extract: Extractor): FileRule {
  return { pattern, format: 'json', extract };
}
