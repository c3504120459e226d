import type { Letter } from '@widerspruch/core/letters';
import { CliFailure, EXIT } from '../errors.js';

/** Renders a letter as PDF (loaded only when a PDF is asked for). */
export async function renderPdf(_letter: Letter): Promise<Uint8Array> {
  throw new CliFailure(
    [
      {
        de: 'PDF ist noch nicht verfügbar; nutzen Sie --format text oder eml.',
        en: 'PDF is not available yet; use --format text or eml.',
      },
    ],
    EXIT.failure,
  );
}
