import { LOCALE_INFO } from '@widerspruch/catalog';
import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { Letter } from './model.js';
import { drawLetterBody } from './pdf-body.js';
import { FACE, type PdfDoc, useFont } from './pdf-draw.js';
import { missingCharacters, parsedFont } from './pdf-font.js';
import { drawFirstPageHead } from './pdf-head.js';
import { DIN, TEXT_WIDTH, TYPE } from './pdf-layout.js';
import { lineText, pdfLabels } from './pdf-text.js';

export type { Letter } from './model.js';

/**
 * The TrueType files the PDF embeds (subset), as bytes: core reads no files. The CLI loads
 * DejaVu Sans from the `dejavu-fonts-ttf` package (see apps/cli/src/render/pdf-fonts.ts).
 */
export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/** Renders letters with fonts parsed once. */
export interface PdfRenderer {
  /** The letter as a PDF file in DIN 5008 form B layout on A4. */
  render(letter: Letter): Promise<Uint8Array>;
  /**
   * Characters of the letter the fonts cannot draw (e.g. Chinese or some emoji in a name);
   * the PDF shows U+FFFD for them, so say so before the person sends it.
   */
  missing(letter: Letter): string[];
}

/**
 * A renderer that parses the fonts once and keeps them (and fontkit's glyph and layout
 * caches) between letters — much faster than handing PDFKit the bytes for every letter.
 */
export function createPdfRenderer(fonts: PdfFonts): PdfRenderer {
  const faces = { regular: parsedFont(fonts.regular), bold: parsedFont(fonts.bold) };
  return {
    render: async (letter) => {
      const doc = newDocument(letter, faces);
      const bytes = collect(doc);
      drawLetter(doc, letter);
      doc.end();
      return bytes;
    },
    // The subject and headings use the bold face: a character either face lacks counts.
    missing: (letter) => [
      ...new Set([
        ...missingCharacters(faces.regular, stringsOf(letter)),
        ...missingCharacters(faces.bold, stringsOf(letter)),
      ]),
    ],
  };
}

/** Every string in a value, however deep (a letter's texts, names and addresses). */
function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsOf(item);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) yield* stringsOf(item);
}

/**
 * Renders one letter as PDF. Fonts are parsed on the first call and reused for later calls
 * with the same byte arrays; {@link createPdfRenderer} does the same explicitly.
 */
export function renderLetterPdf(letter: Letter, fonts: PdfFonts): Promise<Uint8Array> {
  return createPdfRenderer(fonts).render(letter);
}

function newDocument(letter: Letter, faces: Record<keyof typeof FACE, Font>): PdfDoc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: {
      top: DIN.top,
      left: DIN.left,
      right: DIN.pageWidth - DIN.right,
      bottom: DIN.pageHeight - DIN.bottom,
    },
    bufferPages: true,
    // No default font: PDFKit would parse its built-in Helvetica for every letter, unused.
    font: null as unknown as string,
    lang: LOCALE_INFO[letter.locale].intl,
    displayTitle: true,
    info: documentInfo(letter),
  });
  // PDFKit accepts a parsed fontkit font wherever it accepts font bytes.
  doc.registerFont(FACE.regular, faces.regular as unknown as Uint8Array);
  doc.registerFont(FACE.bold, faces.bold as unknown as Uint8Array);
  return doc;
}

function drawLetter(doc: PdfDoc, letter: Letter): void {
  useFont(doc, 'regular');
  drawLetterBody(doc, letter, drawFirstPageHead(doc, letter));
  drawPageNumbers(doc, letter);
}

function documentInfo(letter: Letter): PDFKit.DocumentInfo {
  const created = new Date(`${letter.date}T12:00:00Z`);
  return {
    Title: lineText(letter.subject),
    Author: lineText(letter.sender.name.join(' ')),
    Creator: 'Widerspruch',
    // The letter's date, so that the same letter gives the same bytes.
    ...(Number.isNaN(created.getTime()) ? {} : { CreationDate: created }),
  };
}

/** "Seite 2 von 3" at the foot of every page, if there is more than one. */
function drawPageNumbers(doc: PdfDoc, letter: Letter): void {
  const { start, count } = doc.bufferedPageRange();
  if (count < 2) return;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    useFont(doc, 'regular', TYPE.small);
    doc.text(pdfLabels(letter).page(i + 1, count), DIN.left, DIN.pageNumberTop, {
      width: TEXT_WIDTH,
      height: DIN.pageHeight - DIN.pageNumberTop,
      align: 'right',
      lineBreak: false,
    });
  }
}

function collect(doc: PdfDoc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => resolve(concat(chunks)));
  });
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
