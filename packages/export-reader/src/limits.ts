/** Bounds that keep a scan's time and memory in check whatever the input. */
export interface ScanLimits {
  /** Most bytes read (uncompressed) of one file; larger files are refused, not cut. */
  readonly maxEntryBytes: number;
  /** Most bytes read (uncompressed) of all files of one export together. */
  readonly maxTotalBytes: number;
  /** Largest declared uncompressed/compressed ratio of a file over 1 MiB. */
  readonly maxRatio: number;
  /** Deepest nesting of arrays and objects in a JSON file. */
  readonly maxDepth: number;
}

const MIB = 1024 * 1024;

/**
 * The defaults: 64 MiB per file, 1 GiB per export, ratio 500 (DEFLATE cannot exceed ~1032;
 * export JSON compresses 5–20×), depth 64 (export records nest about 12 deep).
 */
export const DEFAULT_LIMITS: ScanLimits = {
  maxEntryBytes: 64 * MIB,
  maxTotalBytes: 1024 * MIB,
  maxRatio: 500,
  maxDepth: 64,
};

/** Bytes in MiB, rounded, for messages. */
export function toMib(bytes: number): number {
  return Math.round(bytes / MIB);
}

/** Files at most this large are not checked for their compression ratio. */
export const RATIO_FLOOR_BYTES = MIB;
