import type { Letter } from '@widerspruch/core/letters';
import { renderLetterPdf } from '@widerspruch/core/pdf';
import { loadPdfFonts } from './pdf-fonts.js';

/** Renders a letter as a DIN 5008 PDF with the embedded DejaVu fonts (loaded on demand). */
export function renderPdf(letter: Letter): Promise<Uint8Array> {
  return renderLetterPdf(letter, loadPdfFonts());
}
