import { DIN, TYPE } from './pdf-layout.js';

/** A PDFKit document. */
export type PdfDoc = PDFKit.PDFDocument;

/** Names under which the two faces are registered in every document. */
export const FACE = { regular: 'regular', bold: 'bold' } as const;

/** Sets face and size. */
export function useFont(doc: PdfDoc, face: keyof typeof FACE, size: number = TYPE.body): void {
  doc.font(FACE[face], size);
}

/** Height of one line in the current font, including the body line gap. */
export function lineHeight(doc: PdfDoc): number {
  return doc.currentLineHeight(true) + TYPE.lineGap;
}

/** Where and how wide a block of text is drawn. */
export interface TextBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** At most this many lines; the last one ends in "…" if the text is longer. */
  readonly lines: number;
  readonly align?: 'left' | 'right';
}

/**
 * Draws text wrapped into a box of at most `box.lines` lines, never adding a page, and
 * returns the y below it.
 */
export function clippedText(doc: PdfDoc, text: string, box: TextBox): number {
  if (!text) return box.y;
  const lh = lineHeight(doc);
  doc.text(text, box.x, box.y, {
    width: box.width,
    height: box.lines * lh + lh / 2,
    ellipsis: true,
    lineGap: TYPE.lineGap,
    align: box.align ?? 'left',
  });
  return doc.y;
}

/** Draws text that wraps and flows onto new pages, from the alignment line or `x`. */
export function flowText(doc: PdfDoc, text: string, x: number = DIN.left): void {
  if (!text) return;
  doc.text(text, x, doc.y, { width: DIN.right - x, lineGap: TYPE.lineGap });
}

/** True if the cursor is at the top of a continuation page. */
export function atPageTop(doc: PdfDoc): boolean {
  return doc.y <= DIN.top + 0.5;
}

/** Moves down `count` blank lines of body text, unless a new page has just begun. */
export function blankLines(doc: PdfDoc, count = 1): void {
  if (atPageTop(doc)) return;
  const previous = doc.y;
  useFont(doc, 'regular');
  doc.y = previous + count * lineHeight(doc);
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(doc: PdfDoc, height: number): void {
  if (doc.y + height > DIN.bottom && !atPageTop(doc)) doc.addPage();
}

/** Narrowest horizontal scaling (percent) used to fit a one-line field before cutting it. */
const MIN_SCALING = 85;

/** Where a one-line field goes: `x` is its left edge, or its right edge if right-aligned. */
export interface LineBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly align?: 'left' | 'right';
}

/**
 * Draws one line that must not wrap (address, letterhead, return line): condensed down to
 * {@link MIN_SCALING} % if needed, then cut with "…". Returns the y below it.
 */
export function fittedLine(doc: PdfDoc, text: string, box: LineBox): number {
  const natural = doc.widthOfString(text);
  const scaling =
    natural > 0 ? Math.max(MIN_SCALING, Math.min(100, (100 * box.width) / natural)) : 100;
  const room = (box.width * 100) / scaling;
  const line = natural <= room ? text : cutToWidth(doc, text, room);
  const width = (Math.min(natural, room) * scaling) / 100;
  const x = box.align === 'right' ? box.x + box.width - width : box.x;
  // horizontalScaling is supported by PDFKit ≥ 0.17 but missing from @types/pdfkit.
  const options = { lineBreak: false, horizontalScaling: scaling } as PDFKit.Mixins.TextOptions;
  doc.text(line, x, box.y, options);
  doc.x = DIN.left;
  return box.y + lineHeight(doc);
}

/** The longest prefix of `text` that fits `width` with "…" appended. */
function cutToWidth(doc: PdfDoc, text: string, width: number): string {
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('')}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}
