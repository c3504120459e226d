import { LOCALE_INFO, type Locale } from '@widerspruch/catalog';

/** A whole number as the language writes it ("20.000", "20,000", "20 000"). */
export function count(locale: Locale, n: number): string {
  return n.toLocaleString(LOCALE_INFO[locale].intl);
}

/** A size in megabytes with one decimal, as the language writes numbers ("1,5", "1.5"). */
export function megabytes(locale: Locale, mb: number): string {
  return mb.toLocaleString(LOCALE_INFO[locale].intl, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}
