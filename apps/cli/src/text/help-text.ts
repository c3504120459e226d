import type { Locale } from '@widerspruch/catalog/locales';
import { byLanguage } from './by-language.js';

/**
 * The `--help` of every command in one language: each description of a command, option and
 * argument, and the words commander adds (section titles, "default", "choices"). Ids, option
 * names and lists of ids stay as they are typed.
 */
export interface HelpText {
  readonly titles: {
    readonly usage: string;
    readonly options: string;
    readonly commands: string;
    readonly arguments: string;
    readonly globalOptions: string;
  };
  /** Replaces "default" in "(default: …)". */
  readonly default: string;
  /** Replaces "choices" in "(choices: …)". */
  readonly choices: string;
  readonly program: string;
  readonly version: string;
  readonly help: string;
  readonly helpCommand: string;
  readonly lang: string;
  readonly json: string;
  // platforms, guide, text
  readonly platforms: string;
  readonly guide: string;
  readonly platformArg: string;
  readonly device: string;
  readonly sources: string;
  readonly text: string;
  readonly reason: string;
  readonly note: string;
  readonly listReasons: string;
  // catalog
  readonly catalog: string;
  readonly catalogCheck: string;
  readonly checkDir: string;
  readonly checkTranslationsDir: string;
  readonly checkTranslations: string;
  readonly catalogStale: string;
  readonly days: string;
  readonly staleDir: string;
  readonly catalogLinks: string;
  readonly timeout: string;
  readonly concurrency: string;
  readonly only: string;
  readonly strict: string;
  // scan
  readonly scan: string;
  readonly scanPaths: string;
  // case
  readonly store: string;
  readonly case: string;
  readonly caseAdd: string;
  readonly casePlatformArg: string;
  readonly account: string;
  readonly submitted: string;
  readonly via: string;
  readonly profile: string;
  readonly caseList: string;
  readonly caseShow: string;
  readonly caseIdOrPrefix: string;
  readonly caseId: string;
  readonly eventKind: string;
  /** Followed by the list of event kinds. */
  readonly caseEvent: string;
  readonly date: string;
  readonly file: string;
  readonly eventNote: string;
  readonly reply: string;
  readonly eventVia: string;
  readonly caseDelete: string;
  readonly yes: string;
  readonly caseExport: string;
  readonly exportOut: string;
  readonly force: string;
  readonly skipUnreadable: string;
  readonly encrypt: string;
  readonly caseImport: string;
  readonly importFile: string;
  // letter, remind
  /** Followed by the list of letter kinds. */
  readonly letter: string;
  readonly letterKind: string;
  readonly letterCase: string;
  readonly format: string;
  readonly letterOut: string;
  readonly name: string;
  readonly address: string;
  readonly email: string;
  readonly saveSender: string;
  readonly country: string;
  readonly region: string;
  readonly letterReason: string;
  readonly letterNote: string;
  readonly record: string;
  readonly letterLang: string;
  readonly letterTranslation: string;
  readonly remind: string;
  readonly all: string;
  readonly ics: string;
  readonly remindOut: string;
}

/** The help of each language, one module per language, loaded on demand. */
export const HELP_MODULES = byLanguage<HelpText>('CLI help texts', {
  de: async () => (await import('./help.de.js')).de,
  en: async () => (await import('./help.en.js')).en,
  fr: async () => (await import('./help.fr.js')).fr,
  es: async () => (await import('./help.es.js')).es,
  it: async () => (await import('./help.it.js')).it,
  nl: async () => (await import('./help.nl.js')).nl,
  pl: async () => (await import('./help.pl.js')).pl,
});

/** The help by language; only loaded languages can be read. */
export const HELP_TEXT: Readonly<Record<Locale, HelpText>> = HELP_MODULES.table;
