import type { Locale } from '@widerspruch/catalog/locales';
import type {
  ExportHead,
  ExportInventory,
  ItemBatch,
  ItemSink,
  ScanReport,
} from '@widerspruch/export-reader';
import {
  HAS_ACCOUNT_AUDIENCE,
  HAS_AUDIENCE,
  HAS_DATE,
  HAS_TEXT,
  ITEM_KINDS,
} from '@widerspruch/export-reader';
import type { CliIo } from '../io.js';
import type { Style } from '../render/style.js';
import {
  isPlainJsonText,
  terminalJson,
  terminalJsonString,
  terminalValue,
} from '../render/terminal.js';
import { formatNumber, formatShortDay } from '../text/format.js';
import { MESSAGES, type Messages } from '../text/messages.js';

/** Shows a path from an archive without control characters (they never reach the terminal). */
function shownPath(path: string): string {
  return terminalValue(path);
}

/**
 * Streams the report as JSON while the scan reads: one item per line, written per file, so
 * that memory does not grow with the number of items. Shape:
 * `{ exports: [{ platform, layout, inputs, items, counts, years, undated, audiences,
 * training?, unread, complete }], refused }`; an export refused after some of its items
 * were written ends with `problems` and `complete: false` (and is listed in `refused`).
 */
export function jsonSink(terminal: CliIo): ItemSink & { finish(report: ScanReport): void } {
  // Names from the archive may hold controls JSON.stringify leaves as they are (C1, bidi).
  const io = { stdout: (text: string) => terminal.stdout(terminalJson(text)) };
  let written = 0;
  let head: ExportHead | undefined;
  let itemsWritten = 0;
  const open = () => {
    if (head === undefined) return;
    const headJson = JSON.stringify(head, null, 2).slice(0, -2).replace(/\n/g, '\n    ');
    io.stdout(`${written === 0 ? '{\n  "exports": [' : ','}\n    ${headJson},\n      "items": [`);
    written++;
    head = undefined;
  };
  const tail = (value: object) => {
    const json = JSON.stringify(value, null, 2).slice(1).replace(/\n/g, '\n    ');
    io.stdout(`${itemsWritten === 0 ? '' : '\n      '}],${json}`);
  };
  return {
    start(h) {
      head = h;
      itemsWritten = 0;
    },
    items(path, batch) {
      if (batch.length === 0) return;
      open();
      terminal.stdout(itemsJson(path, batch, itemsWritten === 0));
      itemsWritten += batch.length;
    },
    end(result) {
      if (!result.ok && head !== undefined) {
        head = undefined; // nothing of it was written: it is only listed as refused
        return;
      }
      open();
      if (result.ok) {
        const { platform: _p, layout: _l, inputs: _i, items: _items, ...rest } = result.value;
        tail(rest);
      } else tail({ problems: result.problems, complete: false });
    },
    finish(report) {
      if (written === 0) io.stdout('{\n  "exports": [');
      const refused = JSON.stringify(report.refused, null, 2).replace(/\n/g, '\n  ');
      io.stdout(`${written === 0 ? '' : '\n  '}],\n  "refused": ${refused}\n}\n`);
    },
  };
}

/** Each kind's item as JSON starts, after the line break and indent before it. */
const ITEM_START = ITEM_KINDS.map((kind) => `,\n        {"kind":"${kind}"`);

/**
 * A batch's items as JSON, a line each: for every item the text
 * `terminalJson(JSON.stringify(item))` gives for the {@link ContentItem} it stands for (keys
 * kind, date, text, audience, media, path; an account's audience last), written by hand for
 * millions of items. The file's path is escaped once; the dates and texts of the batch are
 * searched once for what needs escaping (almost never), and only then one by one.
 */
function itemsJson(path: string, batch: ItemBatch, first: boolean): string {
  const pathJson = terminalJsonString(`${path}#`).slice(0, -1);
  const { dates, texts, audiences } = batch;
  const plainDates = isPlainJsonText(dates);
  const plainTexts = isPlainJsonText(texts);
  let out = '';
  let d = 0;
  let t = 0;
  let a = 0;
  for (let i = 0; i < batch.length; i++) {
    const has = batch.has[i] as number;
    out += ITEM_START[batch.kinds[i] as number];
    if (has & HAS_DATE) {
      const end = batch.dateEnds[i] as number;
      out += plainDates
        ? `,"date":"${dates.slice(d, end)}"`
        : `,"date":${terminalJsonString(dates.slice(d, end))}`;
      d = end;
    }
    if (has & HAS_TEXT) {
      const end = batch.textEnds[i] as number;
      out += plainTexts
        ? `,"text":"${texts.slice(t, end)}"`
        : `,"text":${terminalJsonString(texts.slice(t, end))}`;
      t = end;
    }
    let audience = '';
    if (has & (HAS_AUDIENCE | HAS_ACCOUNT_AUDIENCE)) {
      const end = batch.audienceEnds[i] as number;
      audience = `,"audience":${terminalJsonString(audiences.slice(a, end))}`;
      a = end;
      if (has & HAS_AUDIENCE) out += audience;
    }
    out += `,"media":${batch.media[i]},"path":${pathJson}${batch.index[i]}"`;
    out += has & HAS_ACCOUNT_AUDIENCE ? `${audience}}` : '}';
  }
  // The batch's first item follows the list's opening bracket without a comma.
  return first ? out.slice(1) : out;
}

/** A whole number with digit grouping in the language of the output ("15.000", "15,000"). */
export function count(n: number, locale: Locale): string {
  return formatNumber(n, locale);
}

/**
 * Writes one inventory for people: counts per kind and per year, before and after the
 * training start, what they mean, what could not be read, and where to go next. `names`
 * are the platforms' names from the catalog.
 */
export function writeInventoryText(
  io: CliIo,
  inventory: ExportInventory,
  locale: Locale,
  s: Style,
  names: Readonly<Partial<Record<string, string>>> = {},
): void {
  const t = MESSAGES[locale].scan;
  const name = names[inventory.platform] ?? inventory.platform;
  const inputs = inventory.inputs.map(shownPath).join(', ');
  io.stdout(`${s.bold(t.exportTitle(name))} (${inventory.layout}): ${inputs}\n`);
  if (!inventory.complete) io.stdout(incompleteText(inventory, locale, s));
  const shown = ITEM_KINDS.filter((k) => inventory.counts[k] > 0);
  const width = Math.max(0, ...shown.map((k) => t.kinds[k].length));
  for (const kind of shown) {
    const n = inventory.counts[kind];
    io.stdout(`  ${t.kinds[kind].padEnd(width)}  ${count(n, locale).padStart(7)}\n`);
  }
  if (total(inventory) === 0) io.stdout(`  ${t.noContent}\n`);
  io.stdout(yearChart(inventory, locale));
  const said = meaning(inventory, locale);
  if (said) io.stdout(s.dim(`${said}\n`));
  const next = [t.guideHint(name, inventory.platform), t.jsonHint];
  io.stdout(`${next.map((line) => `  ${line}`).join('\n')}\n\n`);
}

function total(inventory: ExportInventory): number {
  return ITEM_KINDS.reduce((sum, k) => sum + inventory.counts[k], 0);
}

/** A file size: kB below 1 MB, else MB with one decimal. */
const size = (bytes: number, locale: Locale) =>
  bytes < 1e6
    ? `${count(Math.max(1, Math.round(bytes / 1000)), locale)} kB`
    : `${formatNumber(bytes / 1e6, locale, 1)} MB`;

/** The files the scan could not read, said first and plainly: the counts are too low. */
function incompleteText(inventory: ExportInventory, locale: Locale, s: Style): string {
  const t = MESSAGES[locale].scan;
  // Files known to be empty miss nothing; they are listed all the same.
  const n = inventory.unread.filter((f) => f.records !== 0).length;
  const records = (r: number | undefined) => (r === undefined ? '' : t.records(r));
  const shown = inventory.unread
    .slice(0, 10)
    .map((f) => `    ${shownPath(f.path)} (${size(f.bytes, locale)}${records(f.records)})`);
  if (n > 10) shown.push(`    ${t.andMore(n - 10)}`);
  return `  ${s.bold(t.incomplete(n))}\n${shown.join('\n')}\n`;
}

const BAR = 24;

/** Items per year as a bar chart; items without a date get a row of their own at the end. */
function yearChart(inventory: ExportInventory, locale: Locale): string {
  const t = MESSAGES[locale].scan;
  const rows: [string, number][] = Object.entries(inventory.years);
  if (rows.length === 0) return '';
  if (inventory.undated > 0) rows.push([t.noDate, inventory.undated]);
  const max = Math.max(...rows.map(([, n]) => n));
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, n]) => {
    const bar = '█'.repeat(Math.max(1, Math.round((n / max) * BAR))).padEnd(BAR);
    return `    ${label.padEnd(width)}  ${bar}  ${count(n, locale).padStart(7)}`;
  });
  return `  ${t.byYear}\n${lines.join('\n')}\n`;
}

function meaning(inventory: ExportInventory, locale: Locale): string {
  const t = MESSAGES[locale].scan;
  // An empty inventory has already been said ("no content found").
  const all = total(inventory);
  if (all === 0) return '';
  const others = inventory.counts['by-others'];
  const own = all - others;
  const lines = [own === 0 ? t.noOwn : t.own(own), others > 0 ? t.byOthers(others) : ''];
  return [
    ...lines.filter(Boolean).map((line) => `  ${line}`),
    trainingLine(inventory, locale),
    audienceLine(inventory, locale),
  ]
    .filter(Boolean)
    .join('\n');
}

/** Own items before and after the platform's training start (from the catalog). */
function trainingLine(inventory: ExportInventory, locale: Locale): string {
  const split = inventory.training;
  if (split === undefined) return '';
  const day = formatShortDay(split.start, locale);
  return `  ${MESSAGES[locale].scan.training(day, split.before, split.after)}`;
}

/** Who can see the items, where the export says; the rest is unknown. */
function audienceLine(inventory: ExportInventory, locale: Locale): string {
  const t = MESSAGES[locale].scan;
  const stated = Object.entries(inventory.audiences);
  if (stated.length === 0) return `  ${t.visibilityUnknown}`;
  const unknown = total(inventory) - stated.reduce((sum, [, n]) => sum + n, 0);
  const audience = (a: string) => (isAudience(a) ? t.audiences[a] : a);
  const parts = stated.map(([a, n]) => `${audience(a)} ${count(n, locale)}`);
  if (unknown > 0) parts.push(`${t.unknown} ${count(unknown, locale)}`);
  return `  ${t.visibility}${MESSAGES[locale].colon}${parts.join(', ')}`;
}

function isAudience(a: string): a is keyof Messages['scan']['audiences'] {
  return a === 'public' || a === 'followers' || a === 'connections' || a === 'only-me';
}
