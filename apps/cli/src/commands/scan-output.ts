import type { Locale } from '@widerspruch/catalog';
import type { ExportInventory, ItemKind, ScanReport } from '@widerspruch/export-reader';
import { ITEM_KINDS } from '@widerspruch/export-reader';
import type { CliIo } from '../io.js';
import type { Style } from '../render/style.js';

const KIND_LABELS: Record<ItemKind, Record<Locale, string>> = {
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

/**
 * Writes the report as JSON, one item per line, in pieces (an inventory can hold many
 * thousands of items): `{ exports: [{ platform, layout, inputs, counts, items }], refused }`.
 */
export function writeScanJson(io: CliIo, report: ScanReport): void {
  io.stdout('{\n  "exports": [');
  report.exports.forEach((inventory, i) => {
    const { items, ...head } = inventory;
    const headJson = JSON.stringify(head, null, 2).slice(0, -2).replace(/\n/g, '\n    ');
    io.stdout(`${i === 0 ? '' : ','}\n    ${headJson},\n      "items": [`);
    for (let at = 0; at < items.length; at += 1000) {
      // One stringify per batch; `},{"kind"` only occurs between items (a quote inside a
      // JSON string is always escaped), so it is where the line breaks go.
      const batch = JSON.stringify(items.slice(at, at + 1000)).slice(1, -1);
      io.stdout(
        `${at === 0 ? '' : ','}\n        ${batch.replaceAll('},{"kind"', '},\n        {"kind"')}`,
      );
    }
    io.stdout(`${items.length === 0 ? '' : '\n      '}]\n    }`);
  });
  const refused = JSON.stringify(report.refused, null, 2).replace(/\n/g, '\n  ');
  io.stdout(`${report.exports.length === 0 ? '' : '\n  '}],\n  "refused": ${refused}\n}\n`);
}

/**
 * A whole number with digit grouping in the language of the output ("15.000" in German,
 * "15,000" in English), as `toLocaleString` writes it, without its ~15 ms of start-up.
 */
export function count(n: number, locale: Locale): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, locale === 'de' ? '.' : ',');
}

/**
 * Writes one inventory for people: counts per kind and per year, what they mean, and where
 * to go next (the platform's guide, the JSON output for every item).
 */
export function writeInventoryText(
  io: CliIo,
  inventory: ExportInventory,
  locale: Locale,
  s: Style,
): void {
  const name = PLATFORM_NAMES[inventory.platform] ?? inventory.platform;
  const title = locale === 'de' ? `${name}-Export` : `${name} export`;
  io.stdout(`${s.bold(title)} (${inventory.layout}): ${inventory.inputs.join(', ')}\n`);
  const shown = ITEM_KINDS.filter((k) => inventory.counts[k] > 0);
  const width = Math.max(0, ...shown.map((k) => KIND_LABELS[k][locale].length));
  for (const kind of shown) {
    const n = inventory.counts[kind];
    io.stdout(`  ${KIND_LABELS[kind][locale].padEnd(width)}  ${count(n, locale).padStart(7)}\n`);
  }
  if (inventory.items.length === 0)
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

const BAR = 24;

/** Items per year as a bar chart; items without a date get a row of their own at the end. */
function yearChart(inventory: ExportInventory, locale: Locale): string {
  const years = new Map<string, number>();
  let undated = 0;
  for (const item of inventory.items) {
    const year = item.date?.slice(0, 4);
    if (year) years.set(year, (years.get(year) ?? 0) + 1);
    else undated++;
  }
  if (years.size === 0) return '';
  const rows = [...years].sort(([a], [b]) => a.localeCompare(b));
  if (undated > 0) rows.push([locale === 'de' ? 'ohne Datum' : 'no date', undated]);
  const max = Math.max(...rows.map(([, n]) => n));
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, n]) => {
    const bar = '█'.repeat(Math.max(1, Math.round((n / max) * BAR))).padEnd(BAR);
    return `    ${label.padEnd(width)}  ${bar}  ${count(n, locale).padStart(7)}`;
  });
  return `  ${locale === 'de' ? 'Nach Jahr' : 'By year'}\n${lines.join('\n')}\n`;
}

function meaning(inventory: ExportInventory, locale: Locale): string {
  // An empty inventory has already been said ("no content found").
  if (inventory.items.length === 0) return '';
  const own = inventory.items.length - inventory.counts['by-others'];
  const others = inventory.counts['by-others'];
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
  return [...lines, audienceLine(inventory, locale)].filter(Boolean).join('\n');
}

const AUDIENCES: Record<string, Record<Locale, string>> = {
  public: { de: 'öffentlich', en: 'public' },
  followers: { de: 'nur Follower', en: 'followers only' },
  connections: { de: 'nur Kontakte', en: 'connections only' },
  'only-me': { de: 'nur Sie (archiviert)', en: 'only you (archived)' },
};

/** Who can see the items, where the export says (e.g. a private Instagram account). */
function audienceLine(inventory: ExportInventory, locale: Locale): string {
  const counts = new Map<string, number>();
  for (const item of inventory.items) {
    if (item.audience !== undefined)
      counts.set(item.audience, (counts.get(item.audience) ?? 0) + 1);
  }
  if (counts.size === 0) return '';
  const parts = [...counts].map(([a, n]) => `${AUDIENCES[a]?.[locale] ?? a} ${count(n, locale)}`);
  return `  ${locale === 'de' ? 'Sichtbarkeit laut Export' : 'Visibility per the export'}: ${parts.join(', ')}`;
}
