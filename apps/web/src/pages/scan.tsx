import { findPlatform } from '@widerspruch/catalog';
import type {
  ContentItem,
  ExportInventory,
  ItemKind,
  ScanProgress,
  ScanReport,
} from '@widerspruch/export-reader';
import { ZipReadError } from '@widerspruch/export-reader';
import { filesOfDroppedFolder } from '@widerspruch/export-reader/folder';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FactList } from '../components/fact-view.js';
import { PageHeading } from '../components/page-heading.js';
import { formatCount, formatDate, formatMb, locale, t, tPlural } from '../i18n/i18n.js';
import { hrefOf } from '../router.js';
import { arrangeFolders, foldersOf } from '../scan/arrange.js';
import type { FromWorker, PickedFolder, ToWorker } from '../scan/messages.js';
import { catalog, loadCatalog } from '../state/catalog.js';
import { resolveFacts } from '../view/facts.js';

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
    setPhase({ kind: 'running', progress: undefined });
    const message = { type: 'scan', id: scanId.current, files, folders } satisfies ToWorker;
    scanWorker().postMessage(message);
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

function Results({ report }: { report: ScanReport }) {
  return (
    <>
      {report.refused.map((r) => (
        <div key={r.inputs.join()} class="error" role="alert">
          <p>{r.inputs.join(', ')}:</p>
          <ul>
            {r.problems.map((p) => (
              <li key={p.code}>{p.message[locale.value]}</li>
            ))}
          </ul>
        </div>
      ))}
      {report.exports.map((inventory) => (
        <InventoryView key={inventory.inputs.join()} inventory={inventory} />
      ))}
    </>
  );
}

const PLATFORM_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  linkedin: 'LinkedIn',
};

function InventoryView({ inventory }: { inventory: ExportInventory }) {
  const [kind, setKind] = useState<ItemKind | ''>('');
  const [query, setQuery] = useState('');
  const kinds = (Object.keys(inventory.counts) as ItemKind[]).filter(
    (k) => inventory.counts[k] > 0,
  );
  const items = inventory.items.filter(
    (i) =>
      (kind === '' || i.kind === kind) &&
      (query === '' || (i.text ?? '').toLowerCase().includes(query.toLowerCase())),
  );
  const name = PLATFORM_NAMES[inventory.platform] ?? inventory.platform;
  const publicCount = inventory.items.filter((i) => i.audience === 'public').length;
  const knowsAudience = inventory.items.some((i) => i.audience !== undefined);
  return (
    <article class="inventory">
      <h2 tabIndex={-1}>
        {tPlural('scan.found', inventory.items.length, {
          platform: name,
          count: formatCount(inventory.items.length),
        })}
      </h2>
      <p class="muted">{t('scan.layout', { layout: inventory.layout })}</p>
      <table class="counts">
        <caption>{t('scan.byKind')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scan.kind')}</th>
            <th scope="col">{t('scan.count')}</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k}>
              <th scope="row">{t(`kind.${k}`)}</th>
              <td>{formatCount(inventory.counts[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <YearChart items={inventory.items} />
      <CleanUpPlan
        platform={inventory.platform}
        byOthers={inventory.counts['by-others']}
        publicCount={knowsAudience ? publicCount : undefined}
        total={inventory.items.length}
      />
      <h3>{t('scan.list')}</h3>
      <div class="inline">
        <label class="field" for={`kind-${inventory.layout}`}>
          {t('scan.kind')}
        </label>
        <select
          id={`kind-${inventory.layout}`}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as ItemKind | '')}
        >
          <option value="">{t('scan.all')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
        <label class="field" for={`q-${inventory.layout}`}>
          {t('scan.search')}
        </label>
        <input
          id={`q-${inventory.layout}`}
          type="text"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <p class="muted">
        {t('scan.shown', {
          count: formatCount(Math.min(items.length, 200)),
          total: formatCount(items.length),
        })}
      </p>
      <ul class="items">
        {items.slice(0, 200).map((item) => (
          <ItemView key={item.path} item={item} />
        ))}
      </ul>
    </article>
  );
}

function ItemView({ item }: { item: ContentItem }) {
  return (
    <li>
      <strong>{t(`kind.${item.kind}`)}</strong>
      {item.date && <span class="muted"> · {formatDate(item.date)}</span>}
      {item.audience && <span class="tag"> · {item.audience}</span>}
      {item.media > 0 && <span class="muted"> · {tPlural('scan.media', item.media)}</span>}
      {item.text && <p class="note-text">{item.text}</p>}
      <p class="muted url">{item.path}</p>
    </li>
  );
}

function YearChart({ items }: { items: readonly ContentItem[] }) {
  const years = new Map<string, number>();
  for (const i of items)
    if (i.date) years.set(i.date.slice(0, 4), (years.get(i.date.slice(0, 4)) ?? 0) + 1);
  const rows = [...years.entries()].sort(([a], [b]) => a.localeCompare(b));
  // Items without a date get a row of their own, so that the rows add up to the total.
  const undated = items.length - rows.reduce((sum, [, n]) => sum + n, 0);
  if (rows.length === 0) return null;
  if (undated > 0) rows.push([t('scan.undated'), undated]);
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return (
    <table class="year-chart">
      <caption>{t('scan.byYear')}</caption>
      <tbody>
        {rows.map(([year, n]) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            <td>
              <meter min={0} max={max} value={n} aria-label={`${year}: ${formatCount(n)}`} />{' '}
              {formatCount(n)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Who trains on the content, for the message to people who tagged the user.
const COMPANIES: Record<string, string> = {
  facebook: 'Meta',
  instagram: 'Meta',
  x: 'X',
  linkedin: 'LinkedIn',
};

function CleanUpPlan({
  platform,
  byOthers,
  publicCount,
  total,
}: {
  platform: string;
  byOthers: number;
  /** Items the export marks as public; undefined when the export says nothing about audiences. */
  publicCount: number | undefined;
  total: number;
}) {
  useEffect(() => {
    void loadCatalog();
  }, []);
  const name = PLATFORM_NAMES[platform] ?? platform;
  return (
    <section class="cleanup">
      <h3>{t('scan.planTitle')}</h3>
      <ol>
        <li>
          {publicCount === undefined
            ? t('scan.planNoAudience')
            : t('scan.planPublic', { count: formatCount(publicCount), total: formatCount(total) })}
        </li>
        <li>
          {t('scan.planObject', { platform: name })}{' '}
          <a href={hrefOf('wizard')}>{t('scan.planObjectLink')}</a>
        </li>
        <li>{t('scan.planDelete')}</li>
        {byOthers > 0 && <li>{t('scan.planOthers', { count: formatCount(byOthers) })}</li>}
      </ol>
      {byOthers > 0 && (
        <>
          <label class="field" for="ask-others">
            {t('scan.messageLabel')}
          </label>
          <textarea
            id="ask-others"
            class="output"
            rows={5}
            readOnly
            value={t('scan.message', { company: COMPANIES[platform] ?? name })}
          />
        </>
      )}
      <PlatformFacts platform={platform} name={name} />
    </section>
  );
}

/** What the platform uses for training and what not, from the catalog with sources. */
function PlatformFacts({ platform, name }: { platform: string; name: string }) {
  const c = catalog.value;
  const p = c === undefined ? undefined : findPlatform(c, platform);
  if (p === undefined) return null;
  const loc = locale.value;
  const { dataUsed = [], dataExcluded = [] } = p.aiTraining;
  return (
    <>
      {dataUsed.length > 0 && <h4>{t('scan.planUses', { platform: name })}</h4>}
      <FactList facts={resolveFacts(dataUsed, loc, p.sources)} />
      {dataExcluded.length > 0 && <h4>{t('scan.planExcludes', { platform: name })}</h4>}
      <FactList facts={resolveFacts(dataExcluded, loc, p.sources)} />
      <p class="as-of">
        {t('fact.asOf', { date: formatDate(p.verified) })} · {t(`fact.quality.${p.quality}`)}
      </p>
    </>
  );
}
