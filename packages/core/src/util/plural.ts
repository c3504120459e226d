import { type Locale, pluralCategory } from '@widerspruch/catalog';

/** The forms of a word by plural category; `other` is the form every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * The form of a word for a count in a language (`Intl.PluralRules`).
 *
 * @example plural('pl', 5, { one: 'dzień', other: 'dni' }) // 'dni'
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  return forms[pluralCategory(locale, count)] ?? forms.other;
}
