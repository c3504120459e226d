import { LOCALE_INFO, type Locale, type PostalAddress } from '@widerspruch/catalog';

/**
 * The lines of a postal address as written on an envelope from abroad: street lines, the
 * town with its postcode in the country's order, then the country name in the sender's
 * language. Without an address, only the name.
 */
export function formatPostalAddress(
  name: string,
  address: PostalAddress | undefined,
  locale: Locale,
): string[] {
  // Without a sourced address only the name can be printed; callers say the address is missing.
  if (address === undefined) return [name];
  const town =
    address.country === 'IE'
      ? [address.city, address.postalCode]
      : [`${address.postalCode} ${address.city}`];
  return [name, ...address.lines, ...town, countryName(address.country, locale).toUpperCase()];
}

/** The name of a country (ISO 3166-1 alpha-2) in a language, or the code if unknown. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([LOCALE_INFO[locale].intl], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
