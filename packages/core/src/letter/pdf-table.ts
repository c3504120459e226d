import { clippedText, ensureSpace, lineHeight, type PdfDoc, useFont } from './pdf-draw.js';
import { DIN, TEXT_WIDTH, TYPE } from './pdf-layout.js';
import { blockText } from './pdf-text.js';

/** Cell padding in points. */
const PAD = 3;
/** Cell text is measured on at most this many characters when sizing columns. */
const MEASURE_CHARS = 120;
/** More columns than this are joined into the last one. */
const MAX_COLUMNS = 8;
/** A row is clipped to this many lines so one cell cannot outgrow a page. */
const MAX_ROW_LINES = 40;

/**
 * Draws a table as a simple grid with a bold header row. Rows never split across pages;
 * the header repeats on each new page. Column widths follow the cells' natural widths.
 */
export function drawTable(
  doc: PdfDoc,
  head: readonly string[],
  rows: readonly (readonly string[])[],
): void {
  const columns = Math.min(
    MAX_COLUMNS,
    rows.reduce((n, row) => Math.max(n, row.length), head.length),
  );
  if (columns === 0) return;
  const widths = columnWidths(doc, [head, ...rows], columns);
  const headRow = padRow(head, columns);
  if (head.length > 0) {
    ensureSpace(doc, rowHeight(doc, headRow, widths, 'bold') + lineHeight(doc) * 2);
    drawRow(doc, headRow, widths, 'bold');
  }
  for (const row of rows) {
    const cells = padRow(row, columns);
    const height = rowHeight(doc, cells, widths, 'regular');
    if (doc.y + height > DIN.bottom) {
      doc.addPage();
      if (head.length > 0) drawRow(doc, headRow, widths, 'bold');
    }
    drawRow(doc, cells, widths, 'regular', height);
  }
  doc.x = DIN.left;
  useFont(doc, 'regular');
}

/** The row's cells, cleaned; cells beyond `columns` are joined into the last one. */
function padRow(row: readonly string[], columns: number): string[] {
  const cells = Array.from({ length: columns }, (_, i) => row[i] ?? '');
  if (row.length > columns) cells[columns - 1] = row.slice(columns - 1).join(' · ');
  return cells.map(blockText);
}

/**
 * Column widths filling the text width: columns narrower than an equal share keep their
 * natural width; the others share the rest in proportion to their natural widths.
 */
function columnWidths(
  doc: PdfDoc,
  rows: readonly (readonly string[])[],
  columns: number,
): number[] {
  const natural = naturalWidths(doc, rows, columns);
  const fixed = new Map<number, number>();
  let room = TEXT_WIDTH;
  for (let changed = true; changed; ) {
    changed = false;
    const open = natural.flatMap((w, i) => (fixed.has(i) ? [] : [{ i, w }]));
    for (const { i, w } of open) {
      if (w <= room / open.length) {
        fixed.set(i, w);
        room -= w;
        changed = true;
      }
    }
  }
  const rest = natural.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
  const widths = natural.map((w, i) => fixed.get(i) ?? (room * w) / rest);
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => (w / total) * TEXT_WIDTH);
}

/** Widest cell of each column in bold (header) type, padding included. */
function naturalWidths(
  doc: PdfDoc,
  rows: readonly (readonly string[])[],
  columns: number,
): number[] {
  useFont(doc, 'bold');
  const widths = Array.from({ length: columns }, () => 2 * PAD + 1);
  for (const row of rows) {
    padRow(row, columns).forEach((cell, i) => {
      const w = doc.widthOfString(cell.slice(0, MEASURE_CHARS)) + 2 * PAD;
      widths[i] = Math.max(widths[i] ?? 0, w);
    });
  }
  return widths;
}

function maxRowHeight(doc: PdfDoc): number {
  return Math.min(MAX_ROW_LINES * lineHeight(doc), DIN.bottom - DIN.top - 4 * lineHeight(doc));
}

function rowHeight(
  doc: PdfDoc,
  cells: readonly string[],
  widths: readonly number[],
  face: 'regular' | 'bold',
): number {
  useFont(doc, face);
  const heights = cells.map((cell, i) =>
    doc.heightOfString(cell || ' ', { width: (widths[i] ?? 0) - 2 * PAD, lineGap: TYPE.lineGap }),
  );
  return Math.min(Math.max(...heights), maxRowHeight(doc)) + 2 * PAD;
}

function drawRow(
  doc: PdfDoc,
  cells: readonly string[],
  widths: readonly number[],
  face: 'regular' | 'bold',
  height: number = rowHeight(doc, cells, widths, face),
): void {
  const top = doc.y;
  useFont(doc, face);
  const lines = Math.max(1, Math.floor((height - 2 * PAD) / lineHeight(doc)));
  let x = DIN.left;
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    if (face === 'bold') doc.rect(x, top, width, height).fill('#ececec').fillColor('black');
    doc.rect(x, top, width, height).lineWidth(0.5).stroke('#606060');
    clippedText(doc, cell, { x: x + PAD, y: top + PAD, width: width - 2 * PAD, lines });
    x += width;
  });
  doc.y = top + height;
}
