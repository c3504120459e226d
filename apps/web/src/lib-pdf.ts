import type { Letter } from '@widerspruch/core/letters';
import { createPdfRenderer, type PdfRenderer } from '@widerspruch/core/pdf';

let renderer: Promise<PdfRenderer> | undefined;

async function font(name: string): Promise<Uint8Array> {
  const response = await fetch(`./fonts/${name}`);
  if (!response.ok) throw new Error(`font ${name}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Loaded on demand: renders a letter as a DIN 5008 PDF with the embedded DejaVu fonts, with
 * the characters the fonts cannot draw (the PDF shows U+FFFD for them).
 */
export async function letterPdf(letter: Letter): Promise<{ bytes: Uint8Array; missing: string[] }> {
  renderer ??= Promise.all([font('DejaVuSans.ttf'), font('DejaVuSans-Bold.ttf')]).then(
    ([regular, bold]) => createPdfRenderer({ regular, bold }),
  );
  const ready = await renderer;
  return { bytes: await ready.render(letter), missing: ready.missing(letter) };
}
