import { signal } from '@preact/signals';
import de from './de.json';
import en from './en.json';

/** Languages of the interface. */
export type UiLocale = 'de' | 'en';
/** A key of the message catalog. */
export type MessageKey = keyof typeof de;

const catalogs: Record<UiLocale, Record<MessageKey, string>> = { de, en };

/** The current interface language; German by default, English when the browser prefers it. */
export const locale = signal<UiLocale>(initialLocale());

function initialLocale(): UiLocale {
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const tag of preferred ?? []) {
    if (tag.toLowerCase().startsWith('de')) return 'de';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return 'de';
}

/** The message for a key in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[locale.value][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A message chosen by the plural rules of the current language (`key.one`, `key.other`, `key.zero`). */
export function tPlural(
  key: 'wizard.doneText' | 'case.daysLeft' | 'case.overdueBy',
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

// Creating an Intl.DateTimeFormat costs far more than formatting with one (a list of 200
// dates would create 200): one per locale and kind is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: string, options: () => Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale.value}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale.value === 'de' ? 'de-DE' : 'en-GB', options());
    formatters.set(key, f);
  }
  return f;
}

/** A whole number with the page's digit grouping ("24.001" in German). */
export function formatCount(n: number): string {
  return new Intl.NumberFormat(locale.value === 'de' ? 'de-DE' : 'en-GB').format(n);
}

/** Bytes as megabytes with one decimal, in the page's language ("3,4" in German). */
export function formatMb(bytes: number): string {
  return new Intl.NumberFormat(locale.value === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(bytes / 1_000_000);
}

/** Date and time for people. */
export function formatDateTime(value: string): string {
  return formatter('date-time', () => ({ dateStyle: 'long', timeStyle: 'short' })).format(
    new Date(value),
  );
}
