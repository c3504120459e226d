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

/** Country names by language (building the formatter costs more than using it). */
const regionNames = new Map<Locale, Intl.DisplayNames | null>();

/** The name of a country (ISO 3166-1 alpha-2) in a language, or the code if unknown. */
export function countryName(code: string, locale: Locale): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([LOCALE_INFO[locale].intl], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    // Not a region code Intl knows the shape of.
    return code;
  }
}
