import type { Locale } from '@widerspruch/catalog';
import { de } from './core-text.de.js';
import { en } from './core-text.en.js';
import { es } from './core-text.es.js';
import { fr } from './core-text.fr.js';
import { it } from './core-text.it.js';
import { type CoreText, registerCoreText } from './core-text.js';
import { nl } from './core-text.nl.js';
import { pl } from './core-text.pl.js';

/**
 * Registers core's wording in every language at once, for programs that do not care about
 * download size (the CLI, the server, tests): `import '@widerspruch/core/all-texts'`.
 */
export const ALL_CORE_TEXTS: Readonly<Record<Locale, CoreText>> = { de, en, fr, es, it, nl, pl };

for (const [locale, text] of Object.entries(ALL_CORE_TEXTS) as [Locale, CoreText][]) {
  registerCoreText(locale, text);
}
