import { type Authority, isLocale, type Locale } from '@widerspruch/catalog';
import { GDPR_PROCEDURAL_REGULATION, ruleApplies } from '../law/dated-rules.js';
import type { LetterNote } from '../letter/notes/index.js';

/** How a complaint reaches an authority. */
export interface ComplaintRoute {
  /** The authority's own web form for complaints (the letter's text can be pasted there). */
  readonly form?: string;
  /** The authority's e-mail address; without one, the form or the post. */
  readonly email?: string;
  /**
   * From 2 April 2027 (Regulation (EU) 2025/2518): the complaint must follow the objection to
   * the company; the letter states its date and evidence, which should go with it. Worded
   * by `letterNoteText`.
   */
  readonly priorRequest?: { readonly code: 'prior-request' };
}

/** The ways a complaint can reach the authority: form, e-mail, post. */
export function complaintRoute(
  authority: Authority,
  options: { readonly today?: string } = {},
): ComplaintRoute {
  const dated =
    options.today !== undefined && ruleApplies(GDPR_PROCEDURAL_REGULATION, options.today);
  return {
    ...(dated ? { priorRequest: { code: 'prior-request' } as const } : {}),
    ...(authority.complaintForm ? { form: authority.complaintForm } : {}),
    ...(authority.email ? { email: authority.email } : {}),
  };
}

/** The language a complaint is written in, and why (a note for `letterNoteText`). */
export interface ComplaintLanguage {
  readonly locale: Locale;
  readonly note: Extract<
    LetterNote,
    {
      readonly code:
        | 'language-interface'
        | 'language-chosen'
        | 'language-authority'
        | 'language-fallback';
    }
  >;
}

/**
 * The language of a complaint to an authority, independent of the interface language: the
 * interface language when the authority takes complaints in it, else the first language the
 * authority takes that Widerspruch writes, else English (with a note to have it translated).
 * A language the person chose (`chosen`) must be one the authority takes: otherwise the
 * result is `undefined`, and the caller says which languages it takes.
 */
export function complaintLanguage(
  authority: Authority,
  interfaceLocale: Locale,
  chosen?: Locale,
): ComplaintLanguage | undefined {
  const accepted = authority.languages;
  if (chosen !== undefined) {
    return accepted.includes(chosen)
      ? { locale: chosen, note: { code: 'language-chosen', language: chosen } }
      : undefined;
  }
  if (accepted.includes(interfaceLocale))
    return {
      locale: interfaceLocale,
      note: { code: 'language-interface', language: interfaceLocale },
    };
  const supported = accepted.find(isLocale);
  if (supported !== undefined)
    return {
      locale: supported,
      note: { code: 'language-authority', language: supported, accepted, interfaceLocale },
    };
  return { locale: 'en', note: { code: 'language-fallback', language: 'en', accepted } };
}
