import type { Letter } from '@widerspruch/core/letters';
import { createPdfRenderer, type PdfRenderer } from '@widerspruch/core/pdf';
import { loadPdfFonts } from './pdf-fonts.js';

let renderer: PdfRenderer | undefined;

/**
 * Renders a letter as a DIN 5008 PDF with the embedded DejaVu fonts (loaded on demand), with
 * the characters of the letter the fonts cannot draw (shown as U+FFFD in the PDF).
 */
export async function renderPdf(letter: Letter): Promise<{ bytes: Uint8Array; missing: string[] }> {
  renderer ??= createPdfRenderer(loadPdfFonts());
  return { bytes: await renderer.render(letter), missing: renderer.missing(letter) };
}
