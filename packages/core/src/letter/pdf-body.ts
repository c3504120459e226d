import type { Letter, LetterBlock } from './model.js';
import {
  blankLines,
  clippedText,
  ensureSpace,
  flowText,
  lineHeight,
  type PdfDoc,
  useFont,
} from './pdf-draw.js';
import { DIN, mm, TEXT_WIDTH } from './pdf-layout.js';
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
  for (const block of letter.body) {
    blankLines(doc);
    drawBlock(doc, block);
  }
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
