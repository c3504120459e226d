import { LOCALE_INFO, type Locale, pluralCategory } from '@widerspruch/catalog/locales';
import { longDate } from '@widerspruch/core/date-text';

/** The word forms of a noun by plural category; `other` is always there. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

/** The form of a word for a count, by the language's plural rules (Polish: one, few, many). */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  return forms[pluralCategory(locale, n)] ?? forms.other;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}/${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_INFO[locale].intl, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** A number as the language writes it ("15.000", "15,000", "15 000"), `digits` decimals. */
export function formatNumber(n: number, locale: Locale, digits = 0): string {
  return numberFormat(locale, digits).format(n);
}

/** A day (YYYY-MM-DD) written out in the language ("3. März 2026", "3 mars 2026"). */
export const formatDay: (iso: string, locale: Locale) => string = longDate;

const shortDayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A day (YYYY-MM-DD) in the language's numeric form ("27.05.2025", "27/05/2025"). */
export function formatShortDay(iso: string, locale: Locale): string {
  let format = shortDayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    shortDayFormats.set(locale, format);
  }
  return format.format(new Date(`${iso}T12:00:00Z`));
}
