import type { Catalog } from '@widerspruch/catalog';
import type { Locale } from '@widerspruch/catalog/locales';
import type { CliIo } from '../io.js';
import { terminalJson } from '../render/terminal.js';

/** What every command gets. */
export interface CommandContext {
  readonly io: CliIo;
  readonly envLocale: Locale;
  /**
   * The catalog with the translations into the command's language merged in
   * (`localizedCatalog`): render its texts with `CatalogTexts` (render/catalog-text.ts).
   */
  readonly catalog: Catalog;
}

/** Writes a value as pretty JSON to stdout. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${terminalJson(JSON.stringify(value, null, 2))}\n`);
}
