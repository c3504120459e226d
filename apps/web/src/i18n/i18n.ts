import { signal } from '@preact/signals';
import { loadCoreText } from '@widerspruch/core';

/** Languages of the interface. */
export type UiLocale = 'de' | 'en';
/** A key of the message catalog: the app's own, and those of pages that bring theirs along. */
export type MessageKey =
  | keyof typeof import('./de.json')
  | keyof typeof import('./scan.de.json')
  | keyof typeof import('./data.de.json')
  | keyof typeof import('./remedies.de.json');

type Catalog = Partial<Record<MessageKey, string>>;

// Each language's messages load when it is first used, so that a visit downloads only its
// own language (the service worker keeps both for offline use).
const catalogs: Partial<Record<UiLocale, Catalog>> = {};
const loaders: Record<UiLocale, () => Promise<{ default: Catalog }>> = {
  de: () => import('./de.json'),
  en: () => import('./en.json'),
};

// Messages that a page loaded on demand brings along (both languages in its own chunk), so
// that the first load carries only the messages of what it shows.
const pageMessages: Record<UiLocale, Catalog> = { de: {}, en: {} };

/** Adds a lazily loaded page's messages, in every language; a key the app has wins. */
export function addPageMessages(messages: Record<UiLocale, Catalog>): void {
  for (const l of Object.keys(messages) as UiLocale[]) Object.assign(pageMessages[l], messages[l]);
}

/** The current interface language; set by {@link switchLocale}. */
export const locale = signal<UiLocale>('de');

/** The language the browser prefers: German unless English comes first. */
export function preferredLocale(): UiLocale {
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of preferred ?? []) {
    if (tag.toLowerCase().startsWith('de')) return 'de';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return 'de';
}

/** Changes the interface language, after loading its messages if needed. */
export async function switchLocale(next: UiLocale): Promise<void> {
  // Core's wording (guide, cases, notices) loads with the messages, in the same language.
  const [messages] = await Promise.all([
    catalogs[next] ?? loaders[next]().then((m) => m.default),
    loadCoreText(next),
  ]);
  catalogs[next] = messages;
  locale.value = next;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next;
    // The window's title follows the language too.
    document.title = t('app.title');
  }
}

/** The message for a key in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[locale.value]?.[key] ?? pageMessages[locale.value][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A message chosen by the plural rules of the current language (`key.one`, `key.other`, `key.zero`). */
export function tPlural(
  key:
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
    | 'cases.unreadable',
  count: number,
  params: Record<string, string | number> = {},
): string {
  if (count === 0) return t(`${key}.zero`, params);
  const rule = new Intl.PluralRules(locale.value).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${rule}`, { count, ...params });
}

/** A date (YYYY-MM-DD or ISO timestamp) written for people, e.g. "10. März 2026". */
export function formatDate(value: string): string {
  const dayOnly = value.length === 10;
  const date = new Date(dayOnly ? `${value}T12:00:00Z` : value);
  return formatter(dayOnly ? 'day-utc' : 'day', () => ({
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: dayOnly ? 'UTC' : undefined,
  })).format(date);
}

// Creating an Intl formatter costs far more than formatting with one (a list of 200 dates
// would create 200): one per locale and kind is kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: string,
  make: (tag: string) => F,
): F {
  const key = `${locale.value}:${kind}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = make(locale.value === 'de' ? 'de-DE' : 'en-GB');
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
