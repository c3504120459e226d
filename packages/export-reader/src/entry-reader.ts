import { withinJsonDepth } from './json-depth.js';
import { DEFAULT_LIMITS, RATIO_FLOOR_BYTES, type ScanLimits, toMib } from './limits.js';
import { problem, ScanFailure } from './problems.js';
import { type ZipEntry, ZipReadError, type ZipSource } from './zip-source.js';

/** Bytes read so far in one export, shared by all its files. */
export interface ReadBudget {
  used: number;
}

/** What an entry reader needs besides the entry. */
export interface EntryReadContext {
  readonly limits?: ScanLimits;
  readonly budget?: ReadBudget;
  readonly signal?: AbortSignal;
}

const strict = new TextDecoder('utf-8', { fatal: true });
// Decoding without the check is several times faster (Meta's JSON is plain ASCII); the
// strict decoder runs only when the result shows a replacement character.
const loose = new TextDecoder('utf-8');

/** Decodes strict UTF-8; undefined for invalid bytes. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  const text = loose.decode(bytes);
  if (!text.includes('\ufffd')) return text;
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Reads one entry's bytes within the limits: refuses encrypted entries, unknown methods,
 * files over the per-file cap, ZIP-bomb ratios and anything past the total budget, before
 * inflating a byte. Throws {@link ScanFailure} with the reason.
 */
export async function readEntryBytes(
  source: ZipSource,
  entry: ZipEntry,
  path: string,
  context: EntryReadContext = {},
): Promise<Uint8Array> {
  const limits = context.limits ?? DEFAULT_LIMITS;
  checkBeforeReading(entry, path, limits, context.budget);
  // Reserved before reading, so that files read at the same time cannot overrun the budget.
  if (context.budget) context.budget.used += entry.size;
  return readExactly(source, entry, path, context.signal);
}

/**
 * A file's bytes as text: UTF-16 when it starts with a UTF-16 byte-order mark (LinkedIn's
 * exports of 2018), else strict UTF-8. Throws {@link ScanFailure} (`invalid-utf8`).
 */
export function decodeEntryText(bytes: Uint8Array, path: string): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== undefined) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new ScanFailure(problem('invalid-utf8', { path }));
    }
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new ScanFailure(problem('invalid-utf8', { path }));
  return text;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Parses JSON text after checking its nesting depth. Throws {@link ScanFailure}. */
export function parseJsonText(text: string, path: string, limits = DEFAULT_LIMITS): unknown {
  if (!withinJsonDepth(text, limits.maxDepth)) {
    throw new ScanFailure(problem('too-deep', { path, depth: limits.maxDepth }));
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ScanFailure(problem('invalid-json', { path }));
  }
}

function checkBeforeReading(
  entry: ZipEntry,
  path: string,
  limits: ScanLimits,
  budget: ReadBudget | undefined,
): void {
  if (entry.encrypted) throw new ScanFailure(problem('encrypted', { path }));
  if (entry.method === 'other') throw new ScanFailure(problem('unsupported-method', { path }));
  if (entry.size > limits.maxEntryBytes) {
    throw new ScanFailure(problem('entry-too-large', { path, mb: toMib(limits.maxEntryBytes) }));
  }
  const ratio = entry.size / Math.max(entry.compressedSize, 1);
  if (entry.size > RATIO_FLOOR_BYTES && ratio > limits.maxRatio) {
    throw new ScanFailure(problem('zip-bomb', { path }));
  }
  if (budget && budget.used + entry.size > limits.maxTotalBytes) {
    throw new ScanFailure(problem('total-too-large', { mb: toMib(limits.maxTotalBytes) }));
  }
}

async function readExactly(
  source: ZipSource,
  entry: ZipEntry,
  path: string,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  let bytes: Uint8Array | undefined;
  let offset = 0;
  try {
    for await (const chunk of source.open(entry, signal ? { signal } : {})) {
      if (offset + chunk.length > entry.size)
        throw new ZipReadError('corrupt', 'longer than declared');
      // A source that yields the whole file at once (small entries) is not copied.
      if (offset === 0 && chunk.length === entry.size) bytes = chunk;
      else {
        bytes ??= new Uint8Array(entry.size);
        bytes.set(chunk, offset);
      }
      offset += chunk.length;
    }
  } catch (error) {
    throw asScanFailure(error, path, signal);
  }
  if (offset !== entry.size) throw new ScanFailure(problem('corrupt', { path }));
  return bytes ?? new Uint8Array(0);
}

/** Maps errors of a source to a scan failure; anything else is a bug or I/O and passes. */
export function asScanFailure(error: unknown, path: string, signal?: AbortSignal): unknown {
  if (signal?.aborted) return new ScanFailure(problem('cancelled'));
  if (error instanceof ZipReadError) return new ScanFailure(problem(error.code, { path }));
  return error;
}
