import { LOCALES, type Locale } from '@widerspruch/catalog/locales';
import {
  type ExportPlatform,
  type ScanOptions as ReaderOptions,
  type ScanProgress,
  scanExports,
  scanProblemText,
  type ZipSource,
} from '@widerspruch/export-reader';
import { CliFailure, EXIT, says, usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { localeFromEnv } from '../locale.js';
import { styleFor } from '../render/style.js';
import { terminalValue } from '../render/terminal.js';
import { openInput } from '../scan/open-input.js';
import { type ScanThread, scanInThread, scanThread, worthAThread } from '../scan/threaded-scan.js';
import { formatNumber } from '../text/format.js';
import { MESSAGES } from '../text/messages.js';
import { jsonSink, writeInventoryText } from './scan-output.js';

interface ScanOptions {
  readonly lang?: Locale;
  readonly json?: boolean;
}

/**
 * `widerspruch scan <path>...`: what of yours an export (ZIP or folder, several parts of one
 * export together) shows the platform can train on. Exit 1 when an input is refused.
 * `thread` says when the JSON output is read in a worker thread (see threaded-scan.ts);
 * without it, it is read in this thread.
 */
export async function runScan(
  io: CliIo,
  paths: readonly string[],
  opts: ScanOptions,
  stderrIsTerminal = process.stderr.isTTY === true,
  thread: ScanThread | undefined = scanThread(),
): Promise<void> {
  const locale = opts.lang ?? localeFromEnv(io.env);
  // The catalog (training starts, platform names) loads while the inputs are opened.
  const facts = catalogFacts();
  const sources = await openAll(paths);
  try {
    const onProgress = stderrIsTerminal ? progressLine(io, locale) : undefined;
    // The text output shows counts, years and audiences: no items are kept and they need no
    // excerpts. The JSON output streams the items as they are read and keeps none either.
    const sink = opts.json === true ? jsonSink(io) : undefined;
    const trainingStarts = (await facts).starts;
    const options: ReaderOptions = {
      texts: sink !== undefined,
      keepItems: 0,
      trainingStarts,
      ...(onProgress ? { onProgress } : {}),
      ...(sink ? { sink } : {}),
    };
    // The JSON output of a large export reads in a worker thread while this one writes (a
    // second core takes the reading off millions of items' output); the summary has little
    // to write, and a small export is read before a worker would have started.
    const worker = sink && thread && (await worthAThread(sources, thread)) ? thread.url : undefined;
    const report =
      sink && worker
        ? await scanInThread(worker, paths, {
            texts: true,
            keepItems: 0,
            trainingStarts,
            sink,
            ...(onProgress ? { onProgress } : {}),
          })
        : await scanExports(sources, options);
    if (onProgress) io.stderr('\r\u001b[K');
    if (sink) sink.finish(report);
    else {
      const { names } = await facts;
      for (const inventory of report.exports)
        writeInventoryText(io, inventory, locale, styleFor(io), names);
    }
    if (report.refused.length > 0) {
      const messages = report.refused.flatMap((r) =>
        r.problems.map(
          (p) =>
            Object.fromEntries(
              LOCALES.map((l) => [l, `${r.inputs.join(', ')}: ${scanProblemText(p, l)}`]),
            ) as Record<Locale, string>,
        ),
      );
      throw new CliFailure(messages, EXIT.failure);
    }
  } finally {
    await Promise.all(sources.map((s) => s.close()));
  }
}

const EXPORT_PLATFORMS: readonly ExportPlatform[] = ['facebook', 'instagram', 'x', 'linkedin'];

/**
 * From the catalog, per platform an export can come from: the first day of AI training
 * (`aiTraining.since`) and the platform's name.
 */
async function catalogFacts(): Promise<{
  starts: Partial<Record<ExportPlatform, string>>;
  names: Partial<Record<ExportPlatform, string>>;
}> {
  const catalog = (await import('@widerspruch/catalog/bundled')).bundledCatalog();
  const starts: Partial<Record<ExportPlatform, string>> = {};
  const names: Partial<Record<ExportPlatform, string>> = {};
  for (const id of EXPORT_PLATFORMS) {
    const platform = catalog.platforms.find((p) => p.id === id);
    if (platform?.aiTraining.since !== undefined) starts[id] = platform.aiTraining.since;
    if (platform) names[id] = platform.name;
  }
  return { starts, names };
}

async function openAll(paths: readonly string[]): Promise<ZipSource[]> {
  const sources: ZipSource[] = [];
  for (const path of paths) {
    const opened = await openInput(path);
    if (opened === 'missing') {
      await Promise.all(sources.map((s) => s.close()));
      throw usageError(says((m) => m.input.scanMissing(path)));
    }
    if (opened === 'not-a-file') {
      await Promise.all(sources.map((s) => s.close()));
      throw usageError(says((m) => m.input.scanNotAFile(path)));
    }
    sources.push(...opened);
  }
  return sources;
}

/** A progress line on stderr, redrawn at most ten times a second. */
function progressLine(io: CliIo, locale: Locale): (p: ScanProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 100 && p.done + 1 < p.total) return;
    last = now;
    const label = MESSAGES[locale].scan.reading;
    // The path comes from the archive: no control characters reach the terminal.
    const path = terminalValue(p.path);
    const file = path.length > 40 ? `…${path.slice(-39)}` : path;
    const mb = (bytes: number) => formatNumber(bytes / 1e6, locale, 1);
    const size = `${mb(p.bytes)}/${mb(p.totalBytes)} MB`;
    io.stderr(`\r\u001b[K${label} ${p.done + 1}/${p.total} (${size}): ${file}`);
  };
}
