/// <reference lib="webworker" />
// Reads export files in a Web Worker, so the page stays responsive; nothing leaves the device.
import { scanExports } from '@widerspruch/export-reader';
import { openZipBlob } from '@widerspruch/export-reader/blob';
import { openFolderFiles } from '@widerspruch/export-reader/folder';
import type { FromWorker, ToWorker } from './messages.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let running: AbortController | undefined;

function post(message: FromWorker): void {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    running?.abort();
    return;
  }
  running?.abort();
  const controller = new AbortController();
  running = controller;
  const { id } = message;
  try {
    const sources = [
      ...message.files.map((file) => openZipBlob(file, file.name)),
      ...message.folders.map((folder) => openFolderFiles(folder.files, folder.name)),
    ];
    // The worker keeps what the page shows: counts of everything and the newest items per
    // kind, so that its memory does not grow with the size of the export.
    const report = await scanExports(sources, {
      keepItems: message.keepItems,
      trainingStarts: message.trainingStarts,
      signal: controller.signal,
      onProgress: (progress) => post({ id, type: 'progress', progress }),
    });
    post(controller.signal.aborted ? { id, type: 'cancelled' } : { id, type: 'done', report });
  } catch (error) {
    if (controller.signal.aborted) post({ id, type: 'cancelled' });
    else {
      const text = error instanceof Error ? error.message : String(error);
      post({ id, type: 'failed', message: text });
    }
  }
};
