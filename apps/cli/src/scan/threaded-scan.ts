import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  ExportHead,
  ExportInventory,
  ExportPlatform,
  ItemBatch,
  ItemSink,
  Result,
  ScanProgress,
  ScanReport,
  ZipSource,
} from '@widerspruch/export-reader';

/** What the scan thread is given: the paths to open again and the reader's options. */
export interface ScanThreadData {
  readonly paths: readonly string[];
  readonly texts: boolean;
  readonly keepItems: number;
  readonly trainingStarts: Partial<Record<ExportPlatform, string>>;
  /** Whether to post progress. */
  readonly progress: boolean;
  /** One Int32: batches of items posted and not yet written. */
  readonly inFlight: SharedArrayBuffer;
  /** How many batches may be in flight before the scan thread waits. */
  readonly maxInFlight: number;
}

/** What the scan thread posts, in the order its sink and the scan produce it. */
export type ScanThreadMessage =
  | { readonly type: 'start'; readonly head: ExportHead }
  | { readonly type: 'items'; readonly path: string; readonly batch: ItemBatch }
  | { readonly type: 'end'; readonly result: Result<ExportInventory> }
  | { readonly type: 'progress'; readonly progress: ScanProgress }
  | { readonly type: 'done'; readonly report: ScanReport }
  | { readonly type: 'error'; readonly error: unknown };

/** When a scan reads in a worker thread: the worker's script, and from what size on. */
export interface ScanThread {
  readonly url: URL;
  /** Uncompressed bytes of the inputs' JSON, JS and CSV files from which a thread pays. */
  readonly minBytes: number;
}

/**
 * Below this much JSON (uncompressed) a worker's start and its cold code cost more than it
 * saves (measured: 24 000 items of 37 MB of JSON took a quarter longer in a worker).
 */
const THREAD_MIN_BYTES = 128 * 1024 * 1024;

/**
 * The worker's script beside this module once built; undefined when it is not there (tests
 * of the sources) or when the machine has one core (a second thread would only compete).
 */
export function scanThread(): ScanThread | undefined {
  if (availableParallelism() < 2) return undefined;
  const url = new URL('./scan-worker.js', import.meta.url);
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return undefined;
  return { url, minBytes: THREAD_MIN_BYTES };
}

const CONTENT_FILE = /\.(?:json|js|csv)$/i;

/**
 * Whether the inputs hold enough JSON, JS and CSV (uncompressed, as their listings declare)
 * for a thread to pay. An input that cannot be listed counts nothing (the scan refuses it).
 */
export async function worthAThread(
  sources: readonly ZipSource[],
  thread: ScanThread,
): Promise<boolean> {
  let bytes = 0;
  for (const source of sources) {
    const entries = await source.list().catch(() => []);
    for (const entry of entries) if (CONTENT_FILE.test(entry.name)) bytes += entry.size;
    if (bytes >= thread.minBytes) return true;
  }
  return bytes >= thread.minBytes;
}

/**
 * Batches of items (of up to 4000 each, some 0.5 MB) in flight between the threads at most:
 * enough that the worker rarely waits when this thread is not scheduled for a while on a
 * busy machine. Once it waits, it is woken when half of them are written.
 */
const MAX_IN_FLIGHT = 32;

/** The worker's young generation (MB). */
const YOUNG_GENERATION_MB = 16;

/** Options of {@link scanInThread}. */
export interface ThreadedScanOptions {
  readonly texts: boolean;
  readonly keepItems: number;
  readonly trainingStarts: Partial<Record<ExportPlatform, string>>;
  readonly sink: ItemSink;
  readonly onProgress?: (progress: ScanProgress) => void;
}

/**
 * Scans the inputs at `paths` in a worker thread (the script at `worker`): reading,
 * inflating, parsing and extracting happen there, while this thread gets the sink's calls in
 * the same order as an in-thread scan makes them (and writes the output). At most a few
 * batches of items are in flight; the worker waits for this thread to catch up. Resolves
 * with the same report as `scanExports`; an unexpected error in the worker rejects.
 */
export function scanInThread(
  worker: URL,
  paths: readonly string[],
  options: ThreadedScanOptions,
): Promise<ScanReport> {
  const inFlight = new SharedArrayBuffer(4);
  const counter = new Int32Array(inFlight);
  const workerData: ScanThreadData = {
    paths,
    texts: options.texts,
    keepItems: options.keepItems,
    trainingStarts: options.trainingStarts,
    progress: options.onProgress !== undefined,
    inFlight,
    maxInFlight: MAX_IN_FLIGHT,
  };
  // A young generation smaller than the default: the worker's items die young in batches and
  // its parsed trees live long either way; this saves some 40 MB at the peak for no time.
  const thread = new Worker(worker, {
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return new Promise<ScanReport>((resolve, reject) => {
    let settled = false;
    // Once settled, the worker no longer holds the process open (nor waits for this thread).
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      Atomics.store(counter, 0, 0);
      Atomics.notify(counter, 0);
      thread.unref();
      fn();
    };
    thread.on('message', (message: ScanThreadMessage) => {
      try {
        switch (message.type) {
          case 'start':
            options.sink.start(message.head);
            break;
          case 'items':
            options.sink.items(message.path, message.batch);
            if (Atomics.sub(counter, 0, 1) - 1 === MAX_IN_FLIGHT / 2) Atomics.notify(counter, 0);
            break;
          case 'end':
            options.sink.end(message.result);
            break;
          case 'progress':
            options.onProgress?.(message.progress);
            break;
          case 'done':
            settle(() => resolve(message.report));
            break;
          case 'error':
            settle(() => reject(message.error));
            break;
        }
      } catch (error) {
        settle(() => reject(error));
        void thread.terminate();
      }
    });
    thread.on('error', (error) => settle(() => reject(error)));
    thread.on('exit', (code) =>
      settle(() => reject(new Error(`the scan thread ended early (exit code ${code})`))),
    );
  });
}
