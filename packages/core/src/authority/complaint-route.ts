import type { AuthoredLocale, Authority, LocalizedText } from '@widerspruch/catalog';
import { GDPR_PROCEDURAL_REGULATION, ruleApplies } from '../law/dated-rules.js';

/** How a complaint reaches an authority, and whether the letter's language suits it. */
export interface ComplaintRoute {
  /** The authority's own web form for complaints (the letter's text can be pasted there). */
  readonly form?: string;
  /** The authority's e-mail address; without one, the form or the post. */
  readonly email?: string;
  /** Said when the letter's language is not one the authority takes complaints in. */
  readonly language?: LocalizedText;
  /** The app's other language, when the authority takes complaints in it: write it in that. */
  readonly rewriteIn?: AuthoredLocale;
  /**
   * From 2 April 2027 (Regulation (EU) 2025/2518): the complaint must follow the objection to
   * the company; the letter states its date and evidence, which should go with it.
   */
  readonly priorRequest?: LocalizedText;
}

/**
 * The ways a complaint can reach the authority (form, e-mail, post), and a note when the
 * letter is written in a language the authority does not list for complaints (a complaint
 * is best written in the authority's language).
 */
export function complaintRoute(
  authority: Authority,
  letterLocale: AuthoredLocale,
  options: { readonly today?: string } = {},
): ComplaintRoute {
  const dated =
    options.today !== undefined && ruleApplies(GDPR_PROCEDURAL_REGULATION, options.today);
  return {
    ...(dated ? { priorRequest: PRIOR_REQUEST } : {}),
    ...(authority.complaintForm ? { form: authority.complaintForm } : {}),
    ...(authority.email ? { email: authority.email } : {}),
    ...(authority.languages.includes(letterLocale)
      ? {}
      : {
          language: languageNote(authority.languages, letterLocale),
          ...(authority.languages.includes(other(letterLocale))
            ? { rewriteIn: other(letterLocale) }
            : {}),
        }),
  };
}

const PRIOR_REQUEST: LocalizedText = {
  de: 'Seit dem 2. April 2027 muss einer Beschwerde Ihr Widerspruch an das Unternehmen vorausgehen (Verordnung (EU) 2025/2518). Das Schreiben nennt, wann Sie widersprochen haben; schicken Sie Ihre Nachweise (Bestätigung, Bildschirmfoto, Brief) mit.',
  en: 'Since 2 April 2027 a complaint must be preceded by your objection to the company (Regulation (EU) 2025/2518). The letter states when you objected; send your evidence (confirmation, screenshot, letter) with it.',
};

function other(locale: AuthoredLocale): AuthoredLocale {
  return locale === 'de' ? 'en' : 'de';
}

function languageNote(languages: readonly string[], letterLocale: AuthoredLocale): LocalizedText {
  const otherLocale = other(letterLocale);
  const canWrite = languages.includes(otherLocale);
  const note = (locale: AuthoredLocale) => {
    const names = listOf(
      languages.map((code) => languageName(code, locale)),
      locale,
    );
    const letterLanguage = languageName(letterLocale, locale);
    const otherLanguage = languageName(otherLocale, locale);
    if (locale === 'de') {
      return canWrite
        ? `Diese Behörde nimmt Beschwerden auf ${names} entgegen; das Schreiben ist auf ${letterLanguage}. Erstellen Sie es auf ${otherLanguage} neu.`
        : `Diese Behörde nimmt Beschwerden auf ${names} entgegen; das Schreiben ist auf ${letterLanguage}. Lassen Sie es übersetzen, bevor Sie es abschicken.`;
    }
    return canWrite
      ? `This authority takes complaints in ${names}; the letter is in ${letterLanguage}. Write it again in ${otherLanguage}.`
      : `This authority takes complaints in ${names}; the letter is in ${letterLanguage}. Have it translated before you send it.`;
  };
  return { de: note('de'), en: note('en') };
}

/** A language's name in the reader's language ("fr" → "Französisch"), else its code. */
export function languageName(code: string, locale: AuthoredLocale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function listOf(items: readonly string[], locale: AuthoredLocale): string {
  try {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
  } catch {
    return items.join(locale === 'de' ? ' oder ' : ' or ');
  }
}
