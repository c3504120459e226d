import type { AuthoredLocale } from '@widerspruch/catalog';
import type {
  ExportHead,
  ExportInventory,
  ItemKind,
  ItemSink,
  ScanReport,
  StreamedItem,
} from '@widerspruch/export-reader';
import { ITEM_KINDS, streamedContentItem } from '@widerspruch/export-reader';
import type { CliIo } from '../io.js';
import type { Style } from '../render/style.js';
import { terminalJson, terminalJsonString, terminalValue } from '../render/terminal.js';

const KIND_LABELS: Record<ItemKind, Record<AuthoredLocale, string>> = {
  post: { de: 'Beiträge', en: 'posts' },
  photo: { de: 'Fotos', en: 'photos' },
  video: { de: 'Videos', en: 'videos' },
  comment: { de: 'Kommentare', en: 'comments' },
  story: { de: 'Storys', en: 'stories' },
  reel: { de: 'Reels', en: 'reels' },
  'group-post': { de: 'Gruppenbeiträge', en: 'group posts' },
  profile: { de: 'Profil', en: 'profile' },
  'by-others': { de: 'Inhalte anderer über Sie', en: "others' content about you" },
};

const PLATFORM_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  linkedin: 'LinkedIn',
};

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
    items(path, items) {
      open();
      // Written by hand (millions of items), a line per item joined once per batch; the
      // file's path is escaped once.
      const pathJson = terminalJsonString(`${path}#`).slice(0, -1);
      const lines = items.map((item) => itemJson(item, path, pathJson));
      terminal.stdout(`${itemsWritten === 0 ? '' : ','}\n        ${lines.join(',\n        ')}`);
      itemsWritten += items.length;
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

/**
 * One item's JSON: the text `terminalJson(JSON.stringify(item))` gives for the
 * {@link ContentItem} it stands for (keys kind, date, text, audience, media, path).
 * `pathJson` is the file's path and `#` as the start of a JSON string. An item with an
 * audience (rare; its key comes last where the account's audience was added) is written by
 * JSON.stringify.
 */
function itemJson(item: StreamedItem, path: string, pathJson: string): string {
  if (item.audience !== undefined)
    return terminalJson(JSON.stringify(streamedContentItem(path, item)));
  const date = item.date === undefined ? '' : `,"date":${terminalJsonString(item.date)}`;
  const text = item.text === undefined ? '' : `,"text":${terminalJsonString(item.text)}`;
  return `{"kind":"${item.kind}"${date}${text},"media":${item.media},"path":${pathJson}${item.index}"}`;
}

/**
 * A whole number with digit grouping in the language of the output ("15.000" in German,
 * "15,000" in English), as `toLocaleString` writes it, without its ~15 ms of start-up.
 */
export function count(n: number, locale: AuthoredLocale): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, locale === 'de' ? '.' : ',');
}

/**
 * Writes one inventory for people: counts per kind and per year, before and after the
 * training start, what they mean, what could not be read, and where to go next.
 */
export function writeInventoryText(
  io: CliIo,
  inventory: ExportInventory,
  locale: AuthoredLocale,
  s: Style,
): void {
  const name = PLATFORM_NAMES[inventory.platform] ?? inventory.platform;
  const title = locale === 'de' ? `${name}-Export` : `${name} export`;
  const inputs = inventory.inputs.map(shownPath).join(', ');
  io.stdout(`${s.bold(title)} (${inventory.layout}): ${inputs}\n`);
  if (!inventory.complete) io.stdout(incompleteText(inventory, locale, s));
  const shown = ITEM_KINDS.filter((k) => inventory.counts[k] > 0);
  const width = Math.max(0, ...shown.map((k) => KIND_LABELS[k][locale].length));
  for (const kind of shown) {
    const n = inventory.counts[kind];
    io.stdout(`  ${KIND_LABELS[kind][locale].padEnd(width)}  ${count(n, locale).padStart(7)}\n`);
  }
  if (total(inventory) === 0)
    io.stdout(locale === 'de' ? '  (keine Inhalte gefunden)\n' : '  (no content found)\n');
  io.stdout(yearChart(inventory, locale));
  const said = meaning(inventory, locale);
  if (said) io.stdout(s.dim(`${said}\n`));
  const next =
    locale === 'de'
      ? [
          `Wie Sie widersprechen und was ${name} verwendet: widerspruch guide ${inventory.platform}`,
          'Alle Einträge einzeln: widerspruch scan … --json',
        ]
      : [
          `How to object and what ${name} uses: widerspruch guide ${inventory.platform}`,
          'Every item on its own: widerspruch scan … --json',
        ];
  io.stdout(`${next.map((line) => `  ${line}`).join('\n')}\n\n`);
}

function total(inventory: ExportInventory): number {
  return ITEM_KINDS.reduce((sum, k) => sum + inventory.counts[k], 0);
}

/** A file size: kB below 1 MB, else MB with one decimal. */
const size = (bytes: number, locale: AuthoredLocale) =>
  bytes < 1e6
    ? `${count(Math.max(1, Math.round(bytes / 1000)), locale)} kB`
    : `${(bytes / 1e6).toFixed(1).replace('.', locale === 'de' ? ',' : '.')} MB`;

/** ", 25 Einträge" where the number of records is known. */
const records = (n: number | undefined, locale: AuthoredLocale) =>
  n === undefined
    ? ''
    : `, ${count(n, locale)} ${locale === 'de' ? (n === 1 ? 'Eintrag' : 'Einträge') : n === 1 ? 'record' : 'records'}`;

/** The files the scan could not read, said first and plainly: the counts are too low. */
function incompleteText(inventory: ExportInventory, locale: AuthoredLocale, s: Style): string {
  // Files known to be empty miss nothing; they are listed all the same.
  const n = inventory.unread.filter((f) => f.records !== 0).length;
  const head =
    locale === 'de'
      ? `${count(n, 'de')} ${n === 1 ? 'Datei konnte' : 'Dateien konnten'} nicht gelesen werden – das Ergebnis ist unvollständig. Es gibt mehr Inhalte, als hier gezählt sind:`
      : `${count(n, 'en')} ${n === 1 ? 'file' : 'files'} could not be read – the result is incomplete. There is more content than counted here:`;
  const shown = inventory.unread
    .slice(0, 10)
    .map((f) => `    ${shownPath(f.path)} (${size(f.bytes, locale)}${records(f.records, locale)})`);
  if (n > 10)
    shown.push(
      locale === 'de'
        ? `    … und ${count(n - 10, 'de')} weitere`
        : `    … and ${count(n - 10, 'en')} more`,
    );
  return `  ${s.bold(head)}\n${shown.join('\n')}\n`;
}

const BAR = 24;

/** Items per year as a bar chart; items without a date get a row of their own at the end. */
function yearChart(inventory: ExportInventory, locale: AuthoredLocale): string {
  const rows: [string, number][] = Object.entries(inventory.years);
  if (rows.length === 0) return '';
  if (inventory.undated > 0)
    rows.push([locale === 'de' ? 'ohne Datum' : 'no date', inventory.undated]);
  const max = Math.max(...rows.map(([, n]) => n));
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, n]) => {
    const bar = '█'.repeat(Math.max(1, Math.round((n / max) * BAR))).padEnd(BAR);
    return `    ${label.padEnd(width)}  ${bar}  ${count(n, locale).padStart(7)}`;
  });
  return `  ${locale === 'de' ? 'Nach Jahr' : 'By year'}\n${lines.join('\n')}\n`;
}

function meaning(inventory: ExportInventory, locale: AuthoredLocale): string {
  // An empty inventory has already been said ("no content found").
  const all = total(inventory);
  if (all === 0) return '';
  const others = inventory.counts['by-others'];
  const own = all - others;
  const lines =
    locale === 'de'
      ? [
          own === 0
            ? '  Keine eigenen Inhalte gefunden.'
            : `  ${count(own, 'de')} ${own === 1 ? 'eigener Inhalt' : 'eigene Inhalte'}: Was davon öffentlich ist, kann für KI-Training genutzt werden; ein Widerspruch deckt ${own === 1 ? 'ihn' : 'sie'} ab, aber nur für die Zukunft.`,
          others > 0
            ? `  ${count(others, 'de')} ${others === 1 ? 'Inhalt' : 'Inhalte'} anderer (z. B. Markierungen) deckt Ihr Widerspruch nicht ab: Bitten Sie um Entfernung oder nutzen Sie das Formular für Dritte.`
            : '',
        ]
      : [
          own === 0
            ? '  No content of your own found.'
            : `  ${count(own, 'en')} ${own === 1 ? 'item' : 'items'} of your own: what of it is public can be used for AI training; an objection covers ${own === 1 ? 'it' : 'them'}, but only from now on.`,
          others > 0
            ? `  ${count(others, 'en')} ${others === 1 ? 'item' : 'items'} by others (such as tags) ${others === 1 ? 'is' : 'are'} not covered by your objection: ask for removal or use the third-party form.`
            : '',
        ];
  return [...lines, trainingLine(inventory, locale), audienceLine(inventory, locale)]
    .filter(Boolean)
    .join('\n');
}

/** Own items before and after the platform's training start (from the catalog). */
function trainingLine(inventory: ExportInventory, locale: AuthoredLocale): string {
  const split = inventory.training;
  if (split === undefined) return '';
  const [y, m, d] = split.start.split('-');
  const day = locale === 'de' ? `${d}.${m}.${y}` : split.start;
  return locale === 'de'
    ? `  Vor dem Trainingsstart (${day}): ${count(split.before, 'de')} – wahrscheinlich schon verwendet. Danach: ${count(split.after, 'de')} – durch Ihren Widerspruch geschützt, falls eingelegt.`
    : `  Before the training start (${day}): ${count(split.before, 'en')} – likely already used. After it: ${count(split.after, 'en')} – protected by your objection, if you filed one.`;
}

const AUDIENCES: Record<string, Record<AuthoredLocale, string>> = {
  public: { de: 'öffentlich', en: 'public' },
  followers: { de: 'nur Follower', en: 'followers only' },
  connections: { de: 'nur Kontakte', en: 'connections only' },
  'only-me': { de: 'nur Sie (archiviert)', en: 'only you (archived)' },
};

/** Who can see the items, where the export says; the rest is unknown. */
function audienceLine(inventory: ExportInventory, locale: AuthoredLocale): string {
  const stated = Object.entries(inventory.audiences);
  if (stated.length === 0)
    return locale === 'de'
      ? '  Wer die Einträge sehen kann, sagt der Export nicht (Sichtbarkeit unbekannt).'
      : '  The export does not say who can see the items (visibility unknown).';
  const unknown = total(inventory) - stated.reduce((sum, [, n]) => sum + n, 0);
  const parts = stated.map(([a, n]) => `${AUDIENCES[a]?.[locale] ?? a} ${count(n, locale)}`);
  if (unknown > 0)
    parts.push(`${locale === 'de' ? 'unbekannt' : 'unknown'} ${count(unknown, locale)}`);
  return `  ${locale === 'de' ? 'Sichtbarkeit laut Export' : 'Visibility per the export'}: ${parts.join(', ')}`;
}
