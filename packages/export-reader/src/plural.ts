import { type Locale, pluralCategory } from '@widerspruch/catalog/locales';

/** The forms of a word by plural category; `other` is the form every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * The form of a word for a count in a language (`Intl.PluralRules`).
 *
 * @example plural('pl', 3, { one: 'poziom', few: 'poziomy', many: 'poziomów', other: 'poziomu' }) // 'poziomy'
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  return forms[pluralCategory(locale, count)] ?? forms.other;
}
