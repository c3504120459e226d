import { LOCALE_INFO, type Locale } from '@widerspruch/catalog/locales';

/**
 * What a language's typography adds to the date `Intl` writes: French writes the first of a
 * month as an ordinal ("1er avril 2026", the other days stay cardinal); Polish letters and
 * official texts close a full date with "r." (roku, "1 kwietnia 2026 r.").
 */
interface DateTypography {
  /** The day as written, given the day's digits. */
  readonly day?: (day: string) => string;
  /** What follows the year. */
  readonly afterYear?: string;
}

const TYPOGRAPHY: Record<Locale, DateTypography> = {
  de: {},
  en: {},
  fr: { day: (day) => (day === '1' ? '1er' : day) },
  es: {},
  it: {},
  nl: {},
  pl: { afterYear: ' r.' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function longFormat(locale: Locale, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}:${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(timeZone ? { timeZone } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * The day of an instant in running text, in the given time zone (the runtime's own when
 * none is given), with the language's typography: "1. April 2026", "1er avril 2026",
 * "1 kwietnia 2026 r.".
 */
export function longDateOf(instant: Date, locale: Locale, timeZone?: string): string {
  const { day, afterYear = '' } = TYPOGRAPHY[locale];
  return longFormat(locale, timeZone)
    .formatToParts(instant)
    .map((part) => {
      if (part.type === 'day' && day) return day(part.value);
      if (part.type === 'year') return `${part.value}${afterYear}`;
      return part.value;
    })
    .join('');
}

/**
 * A calendar date (YYYY-MM-DD) in running text: "10. März 2026", "10 March 2026",
 * "1er mars 2026", "10 marca 2026 r." (the alphanumeric form, DIN 5008 in German), for
 * letters, guides and the terminal alike. The formatter is made once per locale: creating
 * one costs about a millisecond, more than the rest of a letter's date line.
 */
export function longDate(iso: string, locale: Locale): string {
  return longDateOf(new Date(`${iso}T12:00:00Z`), locale, 'UTC');
}
