import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfFonts } from '@widerspruch/core/pdf';

let loaded: PdfFonts | undefined;

/** The directory of the TrueType files of the installed `dejavu-fonts-ttf` package. */
export function dejaVuDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/**
 * DejaVu Sans and DejaVu Sans Bold for PDF letters, read once per process. The same byte
 * arrays are returned on every call, so the PDF renderer's parsed-font cache applies.
 * DejaVu's licence (Bitstream Vera / public domain) allows embedding and redistribution.
 */
export function loadPdfFonts(): PdfFonts {
  if (!loaded) {
    const dir = dejaVuDir();
    loaded = {
      regular: readFileSync(join(dir, 'DejaVuSans.ttf')),
      bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')),
    };
  }
  return loaded;
}
