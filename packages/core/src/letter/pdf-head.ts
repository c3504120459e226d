import type { Letter, LetterParty } from './model.js';
import { clippedText, fittedLine, lineHeight, type PdfDoc, useFont } from './pdf-draw.js';
import { DIN, TYPE } from './pdf-layout.js';
import { letterDate, lineText, pdfLabels } from './pdf-text.js';

/**
 * Draws everything of page 1 above the subject (letterhead, address field, information
 * block, fold and punch marks) and returns the y where the subject starts.
 */
export function drawFirstPageHead(doc: PdfDoc, letter: Letter): number {
  drawMarks(doc);
  drawLetterhead(doc, letter.sender);
  drawReturnLine(doc, letter.sender);
  drawRecipient(doc, letter.recipient);
  const infoBottom = drawInfoBlock(doc, letter);
  useFont(doc, 'regular');
  return Math.max(DIN.addressField.bottom, infoBottom) + 2 * lineHeight(doc);
}

function drawMarks(doc: PdfDoc): void {
  const { x, foldLength, punchLength, folds, punch } = DIN.marks;
  doc.save().lineWidth(0.5).strokeColor('#808080');
  for (const y of folds)
    doc
      .moveTo(x, y)
      .lineTo(x + foldLength, y)
      .stroke();
  doc
    .moveTo(x, punch)
    .lineTo(x + punchLength, punch)
    .stroke();
  doc.restore();
}

/** One cleaned line per entry, dropping empty ones. */
function partyLines(lines: readonly string[]): string[] {
  return lines.map(lineText).filter((line) => line.length > 0);
}

/** Fits lines into `max`: the overflow is joined into the last line. */
function capLines(lines: readonly string[], max: number): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max - 1), lines.slice(max - 1).join(', ')];
}

function drawLetterhead(doc: PdfDoc, sender: LetterParty): void {
  const { left, top, bottom } = DIN.letterhead;
  const width = DIN.right - left;
  useFont(doc, 'bold', TYPE.letterheadName);
  let y = fittedLine(doc, partyLines(sender.name).join(' '), {
    x: left,
    y: top,
    width,
    align: 'right',
  });
  useFont(doc, 'regular', TYPE.letterhead);
  const email = sender.email === undefined ? [] : [sender.email];
  const room = Math.max(1, Math.floor((bottom - y) / lineHeight(doc)));
  for (const line of capLines(partyLines([...sender.address, ...email]), room)) {
    y = fittedLine(doc, line, { x: left, y, width, align: 'right' });
  }
}

/** The one-line sender address above the recipient (≥ 8 pt), shown in the window. */
function drawReturnLine(doc: PdfDoc, sender: LetterParty): void {
  const { textLeft, right, zoneSplit } = DIN.addressField;
  useFont(doc, 'regular', TYPE.small);
  const text = partyLines([...sender.name, ...sender.address]).join(', ');
  fittedLine(doc, text, {
    x: textLeft,
    y: zoneSplit - lineHeight(doc) - 2,
    width: right - textLeft,
  });
}

/** Up to 6 recipient lines in the address zone; 7–8 lines get a smaller size, no bold. */
function drawRecipient(doc: PdfDoc, recipient: LetterParty): void {
  const { textLeft, right, zoneSplit } = DIN.addressField;
  const given = partyLines([...recipient.name, ...recipient.address]);
  // A line too wide for the window (a long official name, such as the CNIL's) is broken
  // between words rather than cut, while the address still fits the zone.
  useFont(doc, 'regular', TYPE.body);
  const wrapped = given.flatMap((line) => wrapLine(doc, line, right - textLeft));
  const lines = capLines(
    wrapped.length <= TYPE.maxAddressLines ? wrapped : given,
    TYPE.maxAddressLines,
  );
  const pitch = Math.min(TYPE.addressPitch, (6 * TYPE.addressPitch) / lines.length);
  const size = Math.max(TYPE.addressMinSize, Math.min(TYPE.body, pitch / 1.25));
  useFont(doc, 'regular', size);
  lines.forEach((line, i) => {
    fittedLine(doc, line, { x: textLeft, y: zoneSplit + i * pitch, width: right - textLeft });
  });
}

/** A line broken between words into lines that fit `width` (a word longer stays whole). */
function wrapLine(doc: PdfDoc, line: string, width: number): string[] {
  if (doc.widthOfString(line) <= width) return [line];
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && doc.widthOfString(next) > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** References and the date from 125 mm; returns the y below the block. */
function drawInfoBlock(doc: PdfDoc, letter: Letter): number {
  const { left, top } = DIN.infoBlock;
  const width = DIN.right - left;
  const items = [
    ...letter.references.map((r) => ({ label: lineText(r.label), value: lineText(r.value) })),
    { label: pdfLabels(letter).date, value: letterDate(letter) },
  ];
  let y = top;
  for (const item of items) {
    useFont(doc, 'regular', TYPE.small);
    doc.fillColor('#404040');
    y = fittedLine(doc, item.label, { x: left, y, width });
    doc.fillColor('black');
    useFont(doc, 'regular', TYPE.body);
    y = clippedText(doc, item.value, { x: left, y, width, lines: 2 }) + 2;
  }
  return y;
}
