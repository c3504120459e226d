import type { Letter, LetterBlock } from './model.js';
import {
  atPageTop,
  blankLines,
  clippedText,
  ensureSpace,
  flowText,
  lineHeight,
  type PdfDoc,
  useFont,
} from './pdf-draw.js';
import { DIN, mm, TEXT_WIDTH, TYPE } from './pdf-layout.js';
import { drawTable } from './pdf-table.js';
import { blockText, lineText, pdfLabels } from './pdf-text.js';

/** The subject may wrap, but no further than this. */
const SUBJECT_LINES = 4;
/** Bullet and text indent of list items. */
const BULLET_X = DIN.left + mm(2);
const ITEM_X = DIN.left + mm(7);

/** Subject (bold), salutation, body blocks, closing, signature and enclosures from `y`. */
export function drawLetterBody(doc: PdfDoc, letter: Letter, y: number): void {
  useFont(doc, 'bold');
  doc.y = clippedText(doc, lineText(letter.subject), {
    x: DIN.left,
    y,
    width: TEXT_WIDTH,
    lines: SUBJECT_LINES,
  });
  useFont(doc, 'regular');
  if (letter.salutation) {
    blankLines(doc, 2);
    flowText(doc, blockText(letter.salutation));
  }
  letter.body.forEach((block, i) => {
    blankLines(doc);
    if (i === letter.body.length - 1 && block.kind === 'paragraph')
      drawLastParagraph(doc, blockText(block.text), closingHeight(doc, letter));
    else drawBlock(doc, block);
  });
  drawClosing(doc, letter);
  drawEnclosures(doc, letter);
}

function drawBlock(doc: PdfDoc, block: LetterBlock): void {
  if (block.kind === 'list') drawList(doc, block.items);
  else if (block.kind === 'table') drawTable(doc, block.head, block.rows);
  else if (block.kind === 'heading') drawHeading(doc, block.text);
  else {
    useFont(doc, 'regular');
    flowText(doc, blockText(block.text));
  }
}

/** A bold heading, kept with at least two lines of what follows. */
function drawHeading(doc: PdfDoc, text: string): void {
  useFont(doc, 'bold');
  ensureSpace(doc, 3 * lineHeight(doc));
  flowText(doc, lineText(text));
  useFont(doc, 'regular');
}

function drawList(doc: PdfDoc, items: readonly string[]): void {
  useFont(doc, 'regular');
  for (const item of items) {
    ensureSpace(doc, lineHeight(doc));
    const y = doc.y;
    doc.text('•', BULLET_X, y, { lineBreak: false });
    doc.y = y;
    flowText(doc, blockText(item), ITEM_X);
    doc.y += 2;
  }
}

/** Lines of the closing block: a blank line, the closing, three blank lines, the name. */
function closingHeight(doc: PdfDoc, letter: Letter): number {
  useFont(doc, 'regular');
  const closing = doc.heightOfString(blockText(letter.closing) || ' ', {
    width: TEXT_WIDTH,
    lineGap: TYPE.lineGap,
  });
  return closing + 5 * lineHeight(doc);
}

/**
 * The last paragraph, kept with the closing: if the closing would not fit below it on this
 * page, at least its last two lines go to the next page with it (all of it, if it is short),
 * so that the closing and signature never stand alone and no single line stays behind.
 */
function drawLastParagraph(doc: PdfDoc, text: string, closing: number): void {
  useFont(doc, 'regular');
  const step = lineHeight(doc);
  const lineHeightOnly = doc.currentLineHeight(true);
  const height = doc.heightOfString(text, { width: TEXT_WIDTH, lineGap: TYPE.lineGap });
  const lines = Math.round(height / step);
  // Fits with the closing, or longer than a page (its end is then on a later page anyway).
  if (height + closing <= DIN.bottom - doc.y || height > DIN.bottom - DIN.top || atPageTop(doc)) {
    flowText(doc, text);
    return;
  }
  // PDFKit starts a new page when the next line would pass the bottom margin.
  const fitting = 1 + Math.floor((DIN.bottom - doc.y - lineHeightOnly) / step);
  const head = Math.min(fitting, lines - 2);
  if (head < 2) {
    doc.addPage();
    flowText(doc, text);
    return;
  }
  // For this paragraph only, the page's bottom margin is raised so that it breaks after
  // `head` lines.
  const page = doc.page;
  const bottom = page.margins.bottom;
  page.margins.bottom = DIN.pageHeight - (doc.y + (head - 1) * step + lineHeightOnly + step / 2);
  try {
    flowText(doc, text);
  } finally {
    page.margins.bottom = bottom;
  }
}

/** Closing, three blank lines for the handwritten signature, typed name: kept together. */
function drawClosing(doc: PdfDoc, letter: Letter): void {
  useFont(doc, 'regular');
  blankLines(doc);
  ensureSpace(doc, 5 * lineHeight(doc));
  flowText(doc, blockText(letter.closing));
  blankLines(doc, 3);
  flowText(doc, lineText(letter.signature));
}

function drawEnclosures(doc: PdfDoc, letter: Letter): void {
  if (letter.enclosures.length === 0) return;
  blankLines(doc);
  useFont(doc, 'bold');
  ensureSpace(doc, 2 * lineHeight(doc));
  flowText(doc, pdfLabels(letter).enclosures);
  useFont(doc, 'regular');
  for (const enclosure of letter.enclosures) flowText(doc, lineText(enclosure));
}
