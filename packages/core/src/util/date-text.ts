import type { AuthoredLocale } from '@widerspruch/catalog';

const formats = new Map<AuthoredLocale, Intl.DateTimeFormat>();

/**
 * A calendar date (YYYY-MM-DD) in running text: "10. März 2026" / "10 March 2026"
 * (DIN 5008 alphanumeric form). The formatter is made once per locale: creating one
 * costs about a millisecond, more than the rest of a letter's date line.
 */
export function longDate(iso: string, locale: AuthoredLocale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(locale, format);
  }
  return format.format(new Date(`${iso}T12:00:00Z`));
}
