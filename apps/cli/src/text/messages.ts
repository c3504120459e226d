import type { Platform } from '@widerspruch/catalog';
import type { AuthoredLocale, Locale } from '@widerspruch/catalog/locales';
import type { LetterKind } from '@widerspruch/core';
import type { ItemKind } from '@widerspruch/export-reader';
import type { StoreLocation } from '../store/location.js';
import { byLanguage } from './by-language.js';

/**
 * Every message of the CLI in one language (one module per language). Values that come
 * from the person or the store (paths, ids, dates) are parameters; numbers are passed as
 * numbers, so that each language writes them and picks its plural forms.
 */
export interface Messages {
  /** Between a label and its value: ": " (French: a space before the colon). */
  readonly colon: string;
  /**
   * Said once below output that shows some catalog texts in English because they have no
   * current translation into this language yet.
   */
  readonly englishOnly: string;
  /** Commander's usage errors and the hint where to find help. */
  readonly usage: {
    missingArgument(name: string): string;
    unknownCommand(name: string): string;
    unknownOption(name: string): string;
    requiredOption(name: string): string;
    optionValueMissing(name: string): string;
    tooManyArguments(expected: string, got: string): string;
    didYouMean(guess: string): string;
    didYouMeanOneOf(list: string): string;
    help(command: string): string;
    unexpected(message: string): string;
  };
  /** Refused input (usage errors, exit 2). */
  readonly input: {
    unknownLanguage(value: string, guess: string | undefined, list: string): string;
    unknownDevice(value: string, guess: string | undefined, list: string): string;
    unknownEventKind(value: string, guess: string | undefined, list: string): string;
    unknownReplyKind(value: string, guess: string | undefined, list: string): string;
    readonly platformMissing: string;
    invalidDate(option: string, value: string): string;
    dateBeforeGdpr(option: string, value: string): string;
    dateInFuture(option: string, value: string, today: string): string;
    textTooLong(option: string, length: number, limit: number): string;
    blank(option: string, hint: string): string;
    readonly accountHint: string;
    readonly profileHint: string;
    readonly viaWithoutSubmitted: string;
    readonly replyWithoutReplyReceived: string;
    readonly evidenceWithoutFile: string;
    readonly viaWithoutSubmittedEvent: string;
    readonly noteWithoutNote: string;
    extensionBeforeSubmitted(id: string): string;
    extensionOutOfRange(earliest: string, latest: string, date: string): string;
    evidenceType(name: string, list: string): string;
    readonly remindWhich: string;
    readonly remindEitherOr: string;
    notDays(value: string): string;
    catalogDirMissing(dir: string): string;
    wholeNumber(option: string, min: number, max: number, value: string): string;
    scanMissing(path: string): string;
    scanNotAFile(path: string): string;
    fileMissing(path: string): string;
    fileIsLink(path: string): string;
    fileIsFolder(path: string): string;
    fileNotRegular(path: string): string;
    idTooShort(id: string): string;
    idAmbiguous(id: string): string;
    noReadableCase(id: string, unreadable: number): string;
    noCase(id: string): string;
    deleteNeedsYes(name: string, account: string, id: string): string;
    readonly passphraseNeeded: string;
    readonly cancelled: string;
    readonly passphrasesDiffer: string;
    passphraseTooShort(min: number): string;
  };
  /** Failures (exit 1). */
  readonly failure: {
    noStore(path: string, source: StoreLocation['source']): string;
    storeUnopenable(detail: string): string;
    damagedCase(id: string): string;
    invalidRecord(field: string, problem: string): string;
    importTooLarge(name: string): string;
    /** `cases` undefined: an encrypted backup. */
    emptyOverFull(out: string, cases: number | undefined): string;
    incompleteBackup(unreadable: number, path: string): string;
    readonly noDeadlineAll: string;
    readonly noDeadlineOne: string;
    catalogHasErrors(dir: string): string;
    linksUnreachable(n: number): string;
    cannotRead(path: string, why: string): string;
    /** `kept`: the file that was there is unchanged. */
    cannotWrite(path: string, why: string, kept: boolean): string;
    readonly why: {
      missingFolder(folder: string): string;
      readonly notRegular: string;
      readonly folder: string;
      readonly permission: string;
      readonly readOnly: string;
      readonly full: string;
      system(code: string): string;
    };
  };
  readonly platforms: {
    readonly status: Readonly<Record<Platform['aiTraining']['status'], string>>;
    since(date: string): string;
    readonly hint: string;
  };
  readonly guide: {
    readonly uncertain: string;
    readonly text: string;
    readonly verified: string;
    readonly quality: Readonly<Record<'sourced' | 'verified' | 'tested', string>>;
    /** The menu path is documented only with labels in this (other) language. */
    readonly onlyLocale: Readonly<Record<AuthoredLocale, string>>;
    readonly onlyDevice: Readonly<Record<'desktop' | 'mobile', string>>;
  };
  readonly remedies: {
    readonly heading: string;
    readonly other: string;
    readonly about: string;
    readonly status: string;
    readonly who: string;
    readonly how: string;
    readonly sources: string;
    readonly notAdvice: string;
  };
  readonly case: {
    readonly letterName: Readonly<Record<LetterKind, string>>;
    readonly groundsName: string;
    readonly groundsHint: string;
    /** The placeholder in `--reason <ground>`. */
    readonly ground: string;
    readonly againMark: string;
    readonly againHint: string;
    readonly empty: string;
    due(date: string): string;
    readonly caseLabel: string;
    readonly stateLabel: string;
    readonly sentOn: string;
    readonly dueOn: string;
    request(name: string, sentOn: string, dueOn: string, passed: boolean): string;
    readonly requestPassedHint: string;
    readonly checkAgain: string;
    readonly nextStep: string;
    readonly recordIt: string;
    readonly lettersThatFit: string;
    fromDay(day: string): string;
    readonly timeline: string;
    readonly nothingDeleted: string;
    deleted(id: string): string;
    confirmDelete(name: string, account: string, shortId: string): string;
    readonly yes: string;
    readonly no: string;
    readonly defaultProfile: string;
    recorded(label: string, id: string): string;
    metaConfirmation(id: string, day: string): string;
    saved(path: string): string;
  };
  readonly backup: {
    exported(cases: number, out: string, encrypted: boolean, replaced: string): string;
    readonly replacedOther: string;
    readonly replacedEncrypted: string;
    replacedBackup(cases: number): string;
    imported(cases: number, people: number, evidence: number): string;
    notImported(evidence: number, names: string): string;
    /** "2 stored records (case a, case b) cannot be read"; `list` may be empty. */
    unreadable(n: number, list: string): string;
    readonly record: Readonly<Record<'case' | 'profile', string>>;
    unreadableInList(what: string, n: number): string;
    unreadableInExport(what: string, n: number): string;
    unreadableInCalendar(what: string, n: number): string;
    readonly passphraseFromEnv: string;
    readonly passphrase: string;
    readonly passphraseAgain: string;
  };
  readonly scan: {
    readonly kinds: Readonly<Record<ItemKind, string>>;
    exportTitle(platform: string): string;
    readonly noContent: string;
    guideHint(platform: string, id: string): string;
    readonly jsonHint: string;
    incomplete(files: number): string;
    andMore(n: number): string;
    records(n: number): string;
    readonly byYear: string;
    readonly noDate: string;
    readonly noOwn: string;
    own(n: number): string;
    byOthers(n: number): string;
    training(day: string, before: number, after: number): string;
    readonly audiences: Readonly<
      Record<'public' | 'followers' | 'connections' | 'only-me', string>
    >;
    readonly visibilityUnknown: string;
    readonly unknown: string;
    readonly visibility: string;
    readonly reading: string;
  };
  /** The report of `catalog links`. */
  readonly links: {
    redirect(url: string): string;
    broken(detail: string): string;
    unreachable(detail: string): string;
    where(places: string): string;
    summary(
      checked: number,
      ok: number,
      redirected: number,
      broken: number,
      unreachable: number,
    ): string;
  };
  readonly stale: {
    none(days: number, today: string): string;
    row(verified: string, ageDays: number): string;
    summary(n: number, days: number, today: string): string;
  };
  readonly interactive: {
    readonly intro: string;
    readonly about: string;
    readonly choose: string;
    readonly device: string;
    readonly devices: Readonly<Record<'desktop' | 'mobile', string>>;
    progress(i: number, n: number, name: string): string;
    readonly addGrounds: string;
    readonly grounds: string;
    readonly note: string;
    readonly textTitle: string;
    readonly sent: string;
    readonly sentYes: string;
    readonly settingDone: string;
    recorded(path: string): string;
    readonly sentLater: string;
    readonly more: string;
    readonly cancelled: string;
    readonly outro: string;
  };
}

/**
 * The messages of each language, one module per language, loaded on demand: the CLI loads
 * the language it speaks before it runs a command (see `loadCliText`).
 */
export const MESSAGE_MODULES = byLanguage<Messages>('CLI messages', {
  de: async () => (await import('./messages.de.js')).de,
  en: async () => (await import('./messages.en.js')).en,
  fr: async () => (await import('./messages.fr.js')).fr,
  es: async () => (await import('./messages.es.js')).es,
  it: async () => (await import('./messages.it.js')).it,
  nl: async () => (await import('./messages.nl.js')).nl,
  pl: async () => (await import('./messages.pl.js')).pl,
});

/** The messages by language; only loaded languages can be read. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = MESSAGE_MODULES.table;
