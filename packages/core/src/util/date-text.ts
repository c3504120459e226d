import { LOCALE_INFO, type Locale } from '@widerspruch/catalog';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A calendar date (YYYY-MM-DD) in running text: "10. März 2026", "10 March 2026",
 * "10 mars 2026", "10 marca 2026" (the alphanumeric form, DIN 5008 in German), for letters,
 * guides and the terminal alike. The formatter is made once per locale: creating one costs
 * about a millisecond, more than the rest of a letter's date line.
 */
export function longDate(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(locale, format);
  }
  return format.format(new Date(`${iso}T12:00:00Z`));
}
