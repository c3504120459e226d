import { LOCALES, type Locale } from '@widerspruch/catalog/locales';
import { de as helpDe } from '../src/text/help.de.js';
import { en as helpEn } from '../src/text/help.en.js';
import { es as helpEs } from '../src/text/help.es.js';
import { fr as helpFr } from '../src/text/help.fr.js';
import { it as helpIt } from '../src/text/help.it.js';
import { nl as helpNl } from '../src/text/help.nl.js';
import { pl as helpPl } from '../src/text/help.pl.js';
import { HELP_MODULES, type HelpText } from '../src/text/help-text.js';
import { de } from '../src/text/messages.de.js';
import { en } from '../src/text/messages.en.js';
import { es } from '../src/text/messages.es.js';
import { fr } from '../src/text/messages.fr.js';
import { it } from '../src/text/messages.it.js';
import { MESSAGE_MODULES, type Messages } from '../src/text/messages.js';
import { nl } from '../src/text/messages.nl.js';
import { pl } from '../src/text/messages.pl.js';

/**
 * Registers the CLI's messages and help in every language at once for the unit tests (a
 * setup file of the unit project), which compare languages and call renderers directly.
 * The CLI itself loads one language.
 */
const MESSAGES_BY_LANGUAGE: Readonly<Record<Locale, Messages>> = { de, en, fr, es, it, nl, pl };
const HELP_BY_LANGUAGE: Readonly<Record<Locale, HelpText>> = {
  de: helpDe,
  en: helpEn,
  fr: helpFr,
  es: helpEs,
  it: helpIt,
  nl: helpNl,
  pl: helpPl,
};

for (const locale of LOCALES) {
  MESSAGE_MODULES.register(locale, MESSAGES_BY_LANGUAGE[locale]);
  HELP_MODULES.register(locale, HELP_BY_LANGUAGE[locale]);
}
