export { parseJsonText, type ReadBudget } from './entry-reader.js';
export {
  type ContentItem,
  countItems,
  type ExportHead,
  type ExportInventory,
  type ExportPlatform,
  ITEM_KINDS,
  type ItemKind,
  type UnreadFile,
} from './inventory.js';
export {
  batchBuffers,
  batchItems,
  HAS_ACCOUNT_AUDIENCE,
  HAS_AUDIENCE,
  HAS_DATE,
  HAS_TEXT,
  type ItemBatch,
} from './item-batch.js';
export { detectLayout, LAYOUTS, type Layout } from './layouts/index.js';
export { DEFAULT_LIMITS, type ScanLimits } from './limits.js';
export { repairMojibake, repairMojibakeHead, toMojibake } from './mojibake.js';
export { isSystemJunk, isUnsafeName } from './paths.js';
export {
  type Problem,
  type ProblemOf,
  problem,
  type Result,
  type ScanProblemCode,
  type ScanProblemText,
  scanProblemText,
} from './problems.js';
export {
  type ItemSink,
  type RefusedInput,
  type ScanOptions,
  type ScanProgress,
  type ScanReport,
  scanExport,
  scanExports,
} from './scan.js';
export type { Tallies, TrainingSplit } from './tally.js';
export { EXCERPT_LENGTH, excerpt } from './text.js';
export {
  checkEntry,
  compressedBytes,
  dataRange,
  listArchive,
  type ReadAt,
} from './zip-archive.js';
export type { RawEntry } from './zip-format.js';
export {
  MAX_ZIP_ENTRIES,
  type OpenOptions,
  type ZipEntry,
  type ZipErrorCode,
  type ZipMethod,
  ZipReadError,
  type ZipSource,
} from './zip-source.js';
