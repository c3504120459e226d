import { signal } from '@preact/signals';
import {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_INFO,
  type Locale,
  matchLocale,
  pluralCategory,
} from '@widerspruch/catalog';
import { isCoreTextLoaded, loadCoreText, longDate, longDateOf } from '@widerspruch/core';

/**
 * A key of the message catalog: the app's own, and those of pages that bring theirs along.
 * Every language's files have the same keys, except plural forms (`key.few`, `key.many`),
 * which each language has for the plural categories it uses (checked by a test).
 */
export type MessageKey =
  | keyof typeof import('./de.json')
  | keyof typeof import('./scan.de.json')
  | keyof typeof import('./data.de.json')
  | keyof typeof import('./remedies.de.json')
  | keyof typeof import('./letters.de.json')
  | keyof typeof import('./meta.de.json');

/** The messages of one language (one file). */
export type Messages = Readonly<Record<string, string>>;

/** Loads one language's messages of one file, e.g. `() => import('./fr.json')`. */
export type MessageLoaders = Readonly<Record<Locale, () => Promise<{ default: Messages }>>>;

// Each language's messages load when it is first used, so that a visit downloads only its
// own language (the service worker keeps all for offline use).
const APP_MESSAGES: MessageLoaders = {
  de: () => import('./de.json'),
  en: () => import('./en.json'),
  fr: () => import('./fr.json'),
  es: () => import('./es.json'),
  it: () => import('./it.json'),
  nl: () => import('./nl.json'),
  pl: () => import('./pl.json'),
};

// The app's and the loaded pages' messages per language, merged; and the files of pages that
// loaded on demand, so that a change of language loads theirs too.
const messages: Partial<Record<Locale, Record<string, string>>> = {};
const loadedFiles = new Map<Locale, Set<MessageLoaders>>();
const pageFiles: MessageLoaders[] = [APP_MESSAGES];

async function loadFile(file: MessageLoaders, into: Locale): Promise<void> {
  const done = loadedFiles.get(into) ?? new Set<MessageLoaders>();
  loadedFiles.set(into, done);
  if (done.has(file)) return;
  const loaded = (await file[into]()).default;
  done.add(file);
  // The app's own keys win over a page's.
  messages[into] = { ...loaded, ...messages[into] };
}

/**
 * Loads the messages a page brings along, in the current language only (a change of
 * language loads that language's file); a page module awaits it before it renders.
 */
export async function loadPageMessages(file: MessageLoaders): Promise<void> {
  if (!pageFiles.includes(file)) pageFiles.push(file);
  await loadFile(file, locale.value);
}

/** The current interface language; set by {@link switchLocale}. */
export const locale = signal<Locale>(DEFAULT_LOCALE);

/** Turns text into the test pseudo-locale; set only by {@link enablePseudoLocale}. */
let pseudo: ((text: string) => string) | undefined;

/** Whether the test pseudo-locale is on (see {@link enablePseudoLocale}). */
export const pseudoLocale = signal(false);

/**
 * Turns on the pseudo-locale for tests: English with accents and lengthened, so that any
 * text that does not pass through the messages stands out. Only a test sets the switch.
 */
export async function enablePseudoLocale(): Promise<void> {
  pseudo = (await import('./pseudo.js')).pseudoText;
  pseudoLocale.value = true;
  await switchLocale('en');
}

/** A text in the pseudo-locale when that is on (tests only), else the text itself. */
export function pseudoOf(text: string): string {
  return pseudo ? pseudo(text) : text;
}

/** The language the browser prefers among the supported ones, else the default. */
export function preferredLocale(): Locale {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  return matchLocale(preferred) ?? DEFAULT_LOCALE;
}

/** A stored language setting, if it names a supported language. */
export function storedLocale(value: unknown): Locale | undefined {
  return typeof value === 'string' && isLocale(value) ? value : undefined;
}

/** Changes the interface language, after loading its messages (app and loaded pages). */
export async function switchLocale(next: Locale): Promise<void> {
  // Core's wording (guide, cases, notices), once a page has needed it, switches with the
  // messages, so that an open page never shows a language it has no words for.
  const core = coreTextWanted ? loadCoreText(next) : undefined;
  await Promise.all([...pageFiles.map((file) => loadFile(file, next)), core]);
  locale.value = next;
  if (typeof document === 'undefined') return;
  document.documentElement.lang = next;
  // The window's title and the installable app's name follow the language too.
  document.title = t('app.title');
  const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (manifest) manifest.href = `./manifest.${next}.webmanifest`;
}

/** Whether a page has needed core's wording (then a language switch loads it too). */
let coreTextWanted = false;
/** Counts core wording that arrived, so that pages waiting for it render again. */
const coreTextArrived = signal(0);

/**
 * Whether core's wording (guide steps, case states, notices, refusals) is at hand in the
 * interface language; starts loading it when not, and the calling component renders again
 * when it arrives. The start page does without it, so the first load does not carry it.
 */
export function useCoreText(): boolean {
  const l = locale.value;
  void coreTextArrived.value;
  if (isCoreTextLoaded(l)) return true;
  coreTextWanted = true;
  void loadCoreText(l).then(() => {
    coreTextArrived.value++;
  });
  return false;
}

/**
 * Loads core's wording in the interface language (a page's code loads it beside itself, and
 * once the app is stored for offline use it is prefetched); a language switch then loads it
 * too.
 */
export function loadCoreTextNow(): Promise<void> {
  coreTextWanted = true;
  return loadCoreText(locale.value).then(() => {
    coreTextArrived.value++;
  });
}

/** The message for a key in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return message(key, params);
}

function message(key: string, params: Record<string, string | number>): string {
  const raw = messages[locale.value]?.[key];
  // A missing key shows as itself (a test checks that every file has every key).
  const text = raw === undefined ? key : pseudo ? pseudo(raw) : raw;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The base keys of messages that have plural forms. */
export type PluralKey =
  | 'wizard.doneText'
  | 'wizard.doneDrafts'
  | 'case.daysLeft'
  | 'case.overdueBy'
  | 'scan.found'
  | 'scan.media'
  | 'scan.incomplete'
  | 'certainty.doubts'
  | 'certainty.sources'
  | 'data.importedCases'
  | 'data.importedProfiles'
  | 'data.importedUnused'
  | 'data.exportedIncomplete'
  | 'cases.unreadable';

/** Every base key with plural forms (the message test checks each language has its forms). */
export const PLURAL_KEYS: readonly PluralKey[] = [
  'wizard.doneText',
  'wizard.doneDrafts',
  'case.daysLeft',
  'case.overdueBy',
  'scan.found',
  'scan.media',
  'scan.incomplete',
  'certainty.doubts',
  'certainty.sources',
  'data.importedCases',
  'data.importedProfiles',
  'data.importedUnused',
  'data.exportedIncomplete',
  'cases.unreadable',
];

/**
 * A message chosen by the plural rules of the current language: `key.zero` for none (every
 * language has it, the app words "none" its own way), else `key.<category>` (`one`, `few`,
 * `many`, `other`, as `Intl.PluralRules` names them), with `{count}` in that language's digits.
 */
export function tPlural(
  key: PluralKey,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const form = count === 0 ? 'zero' : pluralCategory(locale.value, count);
  return message(`${key}.${form}`, { count: formatCount(count), ...params });
}

/**
 * A date (YYYY-MM-DD, or the local day of an ISO timestamp) written for people, with the
 * language's typography as in letters: "10. März 2026", "1er mars 2026", "10 marca 2026 r.".
 */
export function formatDate(value: string): string {
  return value.length === 10
    ? longDate(value, locale.value)
    : longDateOf(new Date(value), locale.value);
}

// Creating an Intl formatter costs far more than formatting with one (a list of 200 dates
// would create 200): one per locale and kind is kept.
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames | Intl.ListFormat;
const formatters = new Map<string, Formatter>();

function cached<F extends Formatter>(kind: string, make: (tag: string) => F): F {
  const key = `${locale.value}:${kind}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = make(LOCALE_INFO[locale.value].intl);
    formatters.set(key, f);
  }
  return f;
}

function formatter(kind: string, options: () => Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(kind, (tag) => new Intl.DateTimeFormat(tag, options()));
}

/** A whole number with the page's digit grouping ("24.001" in German). */
export function formatCount(n: number): string {
  return cached('count', (tag) => new Intl.NumberFormat(tag)).format(n);
}

/** Bytes as megabytes with one decimal, in the page's language ("3,4" in German). */
export function formatMb(bytes: number): string {
  const mb = cached('mb', (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));
  return mb.format(bytes / 1_000_000);
}

/** Date and time for people. */
export function formatDateTime(value: string): string {
  return formatter('date-time', () => ({ dateStyle: 'long', timeStyle: 'short' })).format(
    new Date(value),
  );
}

/** Alternatives as a list in the page's language ("A, B oder C" in German). */
export function formatOr(items: readonly string[]): string {
  return cached('or', (tag) => new Intl.ListFormat(tag, { type: 'disjunction' })).format(items);
}

/** The name of a country (ISO 3166 code) in the page's language ("Allemagne" in French). */
export function countryName(code: string): string {
  const names = cached('region', (tag) => new Intl.DisplayNames([tag], { type: 'region' }));
  return pseudoOf(names.of(code) ?? code);
}

/** The name of a language in the page's language ("anglais" for `en` in French). */
export function languageName(code: Locale): string {
  const names = cached('language', (tag) => new Intl.DisplayNames([tag], { type: 'language' }));
  return names.of(code) ?? LOCALE_INFO[code].englishName;
}
