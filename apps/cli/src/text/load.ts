import type { Locale } from '@widerspruch/catalog/locales';
import { HELP_MODULES } from './help-text.js';
import { MESSAGE_MODULES } from './messages.js';

/**
 * Loads the CLI's messages and help in one language: the CLI calls this once with the
 * language it speaks, so that start-up reads one language's modules instead of seven.
 */
export async function loadCliText(locale: Locale): Promise<void> {
  await Promise.all([MESSAGE_MODULES.load(locale), HELP_MODULES.load(locale)]);
}
