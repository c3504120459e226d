import type { MessageLoaders } from './i18n.js';

// The messages of pages that load on demand, one file per page and language, so that a page
// brings along only the current language's messages (see loadPageMessages).

/** The export scan page's messages. */
export const SCAN_MESSAGES: MessageLoaders = {
  de: () => import('./scan.de.json'),
  en: () => import('./scan.en.json'),
  fr: () => import('./scan.fr.json'),
  es: () => import('./scan.es.json'),
  it: () => import('./scan.it.json'),
  nl: () => import('./scan.nl.json'),
  pl: () => import('./scan.pl.json'),
};

/** The data page's messages. */
export const DATA_MESSAGES: MessageLoaders = {
  de: () => import('./data.de.json'),
  en: () => import('./data.en.json'),
  fr: () => import('./data.fr.json'),
  es: () => import('./data.es.json'),
  it: () => import('./data.it.json'),
  nl: () => import('./data.nl.json'),
  pl: () => import('./data.pl.json'),
};

/** The remedies page's and the guide's remedies box's messages. */
export const REMEDIES_MESSAGES: MessageLoaders = {
  de: () => import('./remedies.de.json'),
  en: () => import('./remedies.en.json'),
  fr: () => import('./remedies.fr.json'),
  es: () => import('./remedies.es.json'),
  it: () => import('./remedies.it.json'),
  nl: () => import('./remedies.nl.json'),
  pl: () => import('./remedies.pl.json'),
};

/** The letters' messages (the letter panel and a case's next steps), with a case's page. */
export const LETTER_MESSAGES: MessageLoaders = {
  de: () => import('./letters.de.json'),
  en: () => import('./letters.en.json'),
  fr: () => import('./letters.fr.json'),
  es: () => import('./letters.es.json'),
  it: () => import('./letters.it.json'),
  nl: () => import('./letters.nl.json'),
  pl: () => import('./letters.pl.json'),
};

/** The Meta screen's, the guides' and the evidence prompts' messages. */
export const META_MESSAGES: MessageLoaders = {
  de: () => import('./meta.de.json'),
  en: () => import('./meta.en.json'),
  fr: () => import('./meta.fr.json'),
  es: () => import('./meta.es.json'),
  it: () => import('./meta.it.json'),
  nl: () => import('./meta.nl.json'),
  pl: () => import('./meta.pl.json'),
};
