import type { AuthoredLocale } from '@widerspruch/catalog';
import {
  type ExportPlatform,
  type ScanOptions as ReaderOptions,
  type ScanProgress,
  scanExports,
  scanProblemText,
  type ZipSource,
} from '@widerspruch/export-reader';
import { CliFailure, EXIT, usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { localeFromEnv } from '../locale.js';
import { styleFor } from '../render/style.js';
import { terminalValue } from '../render/terminal.js';
import { openInput } from '../scan/open-input.js';
import { jsonSink, writeInventoryText } from './scan-output.js';

interface ScanOptions {
  readonly lang?: AuthoredLocale;
  readonly json?: boolean;
}

/**
 * `widerspruch scan <path>...`: what of yours an export (ZIP or folder, several parts of one
 * export together) shows the platform can train on. Exit 1 when an input is refused.
 */
export async function runScan(
  io: CliIo,
  paths: readonly string[],
  opts: ScanOptions,
  stderrIsTerminal = process.stderr.isTTY === true,
): Promise<void> {
  const locale = opts.lang ?? localeFromEnv(io.env);
  // The catalog (for the training starts) loads while the inputs are opened.
  const starts = trainingStarts();
  const sources = await openAll(paths);
  try {
    const onProgress = stderrIsTerminal ? progressLine(io, locale) : undefined;
    // The text output shows counts, years and audiences: no items are kept and they need no
    // excerpts. The JSON output streams the items as they are read and keeps none either.
    const sink = opts.json === true ? jsonSink(io) : undefined;
    const options: ReaderOptions = {
      texts: sink !== undefined,
      keepItems: 0,
      trainingStarts: await starts,
      ...(onProgress ? { onProgress } : {}),
      ...(sink ? { sink } : {}),
    };
    const report = await scanExports(sources, options);
    if (onProgress) io.stderr('\r\u001b[K');
    if (sink) sink.finish(report);
    else
      for (const inventory of report.exports)
        writeInventoryText(io, inventory, locale, styleFor(io));
    if (report.refused.length > 0) {
      const messages = report.refused.flatMap((r) =>
        r.problems.map((p) => ({
          de: `${r.inputs.join(', ')}: ${scanProblemText(p, 'de')}`,
          en: `${r.inputs.join(', ')}: ${scanProblemText(p, 'en')}`,
        })),
      );
      throw new CliFailure(messages, EXIT.failure);
    }
  } finally {
    await Promise.all(sources.map((s) => s.close()));
  }
}

const EXPORT_PLATFORMS: readonly ExportPlatform[] = ['facebook', 'instagram', 'x', 'linkedin'];

/** The first day of AI training per platform, from the catalog (`aiTraining.since`). */
async function trainingStarts(): Promise<Partial<Record<ExportPlatform, string>>> {
  const catalog = (await import('@widerspruch/catalog/bundled')).bundledCatalog();
  const starts: Partial<Record<ExportPlatform, string>> = {};
  for (const id of EXPORT_PLATFORMS) {
    const since = catalog.platforms.find((p) => p.id === id)?.aiTraining.since;
    if (since !== undefined) starts[id] = since;
  }
  return starts;
}

async function openAll(paths: readonly string[]): Promise<ZipSource[]> {
  const sources: ZipSource[] = [];
  for (const path of paths) {
    const opened = await openInput(path);
    if (opened === 'missing') {
      await Promise.all(sources.map((s) => s.close()));
      throw usageError({
        de: `„${path}“ gibt es nicht. Geben Sie den Pfad einer Export-ZIP-Datei oder eines entpackten Export-Ordners an.`,
        en: `"${path}" does not exist. Give the path of an export ZIP file or an unpacked export folder.`,
      });
    }
    if (opened === 'not-a-file') {
      await Promise.all(sources.map((s) => s.close()));
      throw usageError({
        de: `„${path}“ ist weder eine Datei noch ein Ordner. Geben Sie eine Export-ZIP-Datei oder einen entpackten Export-Ordner an.`,
        en: `"${path}" is neither a file nor a folder (but, for example, a pipe or a device). Give an export ZIP file or an unpacked export folder.`,
      });
    }
    sources.push(...opened);
  }
  return sources;
}

/** A progress line on stderr, redrawn at most ten times a second. */
function progressLine(io: CliIo, locale: AuthoredLocale): (p: ScanProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 100 && p.done + 1 < p.total) return;
    last = now;
    const label = locale === 'de' ? 'Lese' : 'Reading';
    // The path comes from the archive: no control characters reach the terminal.
    const path = terminalValue(p.path);
    const file = path.length > 40 ? `…${path.slice(-39)}` : path;
    const mb = (bytes: number) =>
      (bytes / 1e6).toFixed(1).replace('.', locale === 'de' ? ',' : '.');
    const size = `${mb(p.bytes)}/${mb(p.totalBytes)} MB`;
    io.stderr(`\r\u001b[K${label} ${p.done + 1}/${p.total} (${size}): ${file}`);
  };
}
