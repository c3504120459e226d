// The worker side of a threaded scan (see threaded-scan.ts): opens the inputs, reads, parses
// and extracts them with the export reader, and posts what its sink receives, in order, to
// the thread that writes the output.
import { parentPort, workerData } from 'node:worker_threads';
import {
  batchBuffers,
  type ItemSink,
  type ScanOptions,
  scanExports,
  type ZipSource,
} from '@widerspruch/export-reader';
import { openInput } from './open-input.js';
import type { ScanThreadData, ScanThreadMessage } from './threaded-scan.js';

const port = parentPort;
if (!port) throw new Error('scan-worker.js runs as a worker thread only');
const data = workerData as ScanThreadData;
const post = (message: ScanThreadMessage, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);
// Batches posted but not yet written by the other thread (see threaded-scan.ts).
const inFlight = new Int32Array(data.inFlight);

const sink: ItemSink = {
  start: (head) => post({ type: 'start', head }),
  items(path, batch) {
    Atomics.add(inFlight, 0, 1);
    post({ type: 'items', path, batch }, batchBuffers(batch));
    // Waits while the writing thread is behind, so that memory stays bounded.
    for (let n = Atomics.load(inFlight, 0); n >= data.maxInFlight; n = Atomics.load(inFlight, 0))
      Atomics.wait(inFlight, 0, n);
  },
  end: (result) => post({ type: 'end', result }),
};

async function main(): Promise<void> {
  const sources: ZipSource[] = [];
  try {
    for (const path of data.paths) {
      const opened = await openInput(path);
      // The other thread opened the same paths a moment ago; one gone since is unreadable.
      if (typeof opened === 'string') throw new Error(`cannot open ${path} (${opened})`);
      sources.push(...opened);
    }
    const options: ScanOptions = {
      texts: data.texts,
      keepItems: data.keepItems,
      trainingStarts: data.trainingStarts,
      sink,
      ...(data.progress ? { onProgress: (progress) => post({ type: 'progress', progress }) } : {}),
    };
    post({ type: 'done', report: await scanExports(sources, options) });
  } catch (error) {
    post({ type: 'error', error });
  } finally {
    await Promise.all(sources.map((s) => s.close()));
  }
}

await main();
