import type { ExportPlatform, ScanProgress, ScanReport } from '@widerspruch/export-reader';
import { ZipReadError } from '@widerspruch/export-reader';
import { filesOfDroppedFolder } from '@widerspruch/export-reader/folder';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PageHeading } from '../components/page-heading.js';
import { formatCount, formatMb, t } from '../i18n/i18n.js';
import { arrangeFolders, foldersOf } from '../scan/arrange.js';
import type { FromWorker, PickedFolder, ToWorker } from '../scan/messages.js';
import { loadServices } from '../state/catalog.js';
import { HowToExport, ITEMS_KEPT, Results } from './scan-results.js';

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ScanProgress | undefined }
  | { kind: 'done'; report: ScanReport }
  | { kind: 'error'; message: string };

/** "Export prüfen": reads a platform's data export on this device, in a Web Worker. */
export function ScanPage() {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [over, setOver] = useState(false);
  const worker = useRef<Worker | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const refocusInput = useRef(false);
  const scanId = useRef(0);
  // The id of the last scan handed to the worker (a scan waits for the catalog's dates first).
  const posted = useRef(0);
  // A dropped folder is walked before the scan starts; Cancel stops the walk too.
  const walking = useRef<AbortController | undefined>(undefined);
  const running = phase.kind === 'running';

  /** The scan worker, started on demand; one that fails is dropped, the next scan starts anew. */
  const scanWorker = (): Worker => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('../scan/scan-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      // Answers about a scan that was replaced since (a second drop) are not shown.
      if (m.id !== scanId.current) return;
      if (m.type === 'progress') setPhase({ kind: 'running', progress: m.progress });
      else if (m.type === 'done') setPhase({ kind: 'done', report: m.report });
      else if (m.type === 'cancelled') setPhase({ kind: 'idle' });
      else setPhase({ kind: 'error', message: m.message });
    };
    const fail = () => {
      w.terminate();
      if (worker.current === w) worker.current = undefined;
      setPhase((p) => (p.kind === 'running' ? { kind: 'error', message: t('scan.stopped') } : p));
    };
    w.onerror = fail;
    w.onmessageerror = fail;
    worker.current = w;
    return w;
  };
  // Started with the page, so that its code is loaded by the time a file is chosen.
  useEffect(() => {
    scanWorker();
    return () => {
      worker.current?.terminate();
      worker.current = undefined;
    };
  }, []);
  const start = (files: readonly File[], folders: readonly PickedFolder[] = []) => {
    if (files.length === 0 && folders.length === 0) {
      setPhase({ kind: 'idle' });
      return;
    }
    scanId.current++;
    const id = scanId.current;
    setPhase({ kind: 'running', progress: undefined });
    // The training start dates come from the catalog (loaded with the page, usually already there).
    void trainingStarts().then((starts) => {
      if (id !== scanId.current) return;
      posted.current = id;
      const message = {
        type: 'scan',
        id,
        files,
        folders,
        keepItems: ITEMS_KEPT,
        trainingStarts: starts,
      } satisfies ToWorker;
      scanWorker().postMessage(message);
    });
  };
  // Dropped items: ZIP files, and folders (an export unpacked, as macOS does by itself).
  // The entries must be taken during the drop event; the folders are walked afterwards.
  const startDropped = async (transfer: DataTransfer | null) => {
    if (!transfer) return;
    const files: File[] = [];
    const folders: FileSystemDirectoryEntry[] = [];
    // The items can be read only during the drop event: before the first `await`.
    for (const item of [...transfer.items]) {
      const entry = item.webkitGetAsEntry?.();
      if (entry?.isDirectory) folders.push(entry as FileSystemDirectoryEntry);
      else {
        const file = item.getAsFile();
        if (file) files.push(file);
      }
    }
    if (folders.length === 0) {
      start(files);
      return;
    }
    const controller = new AbortController();
    walking.current = controller;
    setPhase({ kind: 'running', progress: undefined });
    try {
      const walked = await Promise.all(
        folders.map(async (folder) => ({
          name: folder.name,
          files: await filesOfDroppedFolder(folder, { signal: controller.signal }),
        })),
      );
      if (controller.signal.aborted) return;
      const picked = arrangeFolders(walked);
      start([...files, ...picked.zips], picked.folders);
    } catch (error) {
      if (controller.signal.aborted) return;
      const tooMany = error instanceof ZipReadError && error.code === 'too-many-entries';
      setPhase({
        kind: 'error',
        message: t(tooMany ? 'scan.folderTooLarge' : 'scan.folderUnreadable'),
      });
    } finally {
      if (walking.current === controller) walking.current = undefined;
    }
  };
  const cancel = () => {
    refocusInput.current = true;
    if (walking.current) {
      walking.current.abort();
      setPhase({ kind: 'idle' });
      return;
    }
    if (posted.current !== scanId.current) {
      // Not handed to the worker yet: it never will be.
      scanId.current++;
      setPhase({ kind: 'idle' });
      return;
    }
    worker.current?.postMessage({ type: 'cancel' } satisfies ToWorker);
  };
  // Progress and results appear below the field: brought into view (on a phone they would
  // be off screen), and the results' first heading gets the focus for screen readers. After
  // a cancel the focus goes back to the file field (the button it was on is gone).
  useEffect(() => {
    const box = outcome.current;
    if (phase.kind === 'idle') {
      if (refocusInput.current) fileInput.current?.focus();
      refocusInput.current = false;
      return;
    }
    if (!box) return;
    const heading = phase.kind === 'done' ? box.querySelector<HTMLElement>('h2') : null;
    if (heading) heading.focus();
    else box.scrollIntoView({ block: 'nearest' });
  }, [phase.kind]);
  // Files dropped anywhere on the page are scanned: without this the browser would open a
  // ZIP dropped next to the field (or download it) and leave the page. Dragged text (into
  // the search field) is left alone.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;
    const onDragOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      if (!running) void startDropped(e.dataTransfer);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  });
  const progress = phase.kind === 'running' ? phase.progress : undefined;
  return (
    <section>
      <PageHeading>{t('scan.title')}</PageHeading>
      <p>{t('scan.lead')}</p>
      <p class="privacy-note">{t('scan.private')}</p>
      <HowToExport />
      <fieldset
        class={over ? 'dropzone dropzone-over' : 'dropzone'}
        onDragOver={(e) => {
          if (!e.dataTransfer?.types.includes('Files')) return;
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
      >
        <legend>{t('scan.choose')}</legend>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".zip,application/zip"
          aria-label={t('scan.choose')}
          disabled={running}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            start(files);
          }}
        />
        <p class="hint">{t('scan.hint')}</p>
        <label class="field" for="scan-folder">
          {t('scan.chooseFolder')}
        </label>
        <input
          id="scan-folder"
          type="file"
          aria-describedby="scan-folder-hint"
          disabled={running}
          {...{ webkitdirectory: true }}
          onChange={(e) => {
            const picked = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            const { zips, folders } = arrangeFolders(foldersOf(picked));
            start(zips, folders);
          }}
        />
        <p id="scan-folder-hint" class="hint">
          {t('scan.folderHint')}
        </p>
      </fieldset>
      <div ref={outcome}>
        {phase.kind === 'running' && (
          <div>
            <p>
              {progress
                ? t('scan.progress', {
                    done: formatCount(progress.done),
                    total: formatCount(progress.total),
                    mb: formatMb(progress.bytes),
                    totalMb: formatMb(progress.totalBytes),
                  })
                : t('scan.starting')}
            </p>
            {/* Announced in steps of a quarter, not for every file. */}
            <p role="status" class="visually-hidden">
              {progress
                ? t('scan.progressShare', { percent: quarterPercent(progress) })
                : t('scan.starting')}
            </p>
            <progress
              max={progress?.totalBytes || 1}
              value={progress?.bytes ?? 0}
              aria-label={t('scan.progressLabel')}
            />
            <p>
              <button type="button" class="button button-quiet" onClick={cancel}>
                {t('scan.cancel')}
              </button>
            </p>
          </div>
        )}
        {phase.kind === 'error' && (
          <p class="error" role="alert">
            {t('scan.failed')} ({phase.message})
          </p>
        )}
        {phase.kind === 'done' && <Results report={phase.report} />}
      </div>
    </section>
  );
}

/** How much is read, rounded down to 0, 25, 50 or 75 percent. */
function quarterPercent(p: ScanProgress): number {
  return p.totalBytes === 0 ? 0 : Math.min(75, Math.floor((p.bytes / p.totalBytes) * 4) * 25);
}

const EXPORT_PLATFORMS: readonly ExportPlatform[] = ['facebook', 'instagram', 'x', 'linkedin'];

/** The first day of AI training per platform (`aiTraining.since` in the catalog). */
async function trainingStarts(): Promise<Partial<Record<ExportPlatform, string>>> {
  const services = await loadServices().catch(() => undefined);
  const starts: Partial<Record<ExportPlatform, string>> = {};
  for (const id of EXPORT_PLATFORMS) {
    const since = services?.find((p) => p.id === id)?.since;
    if (since !== undefined) starts[id] = since;
  }
  return starts;
}
