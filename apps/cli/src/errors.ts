import {
  type AuthoredLocale,
  authoredFallback,
  LOCALES,
  type Locale,
} from '@widerspruch/catalog/locales';
import { MESSAGES, type Messages } from './text/messages.js';

/** Exit codes of the CLI: the contract scripts rely on. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A message in every language of the CLI. */
export type LocaleText = Readonly<Record<Locale, string>>;

/**
 * A message from the CLI's wording in every language, each worded when it is read: only
 * the language the CLI speaks needs to be loaded.
 */
export function says(message: (m: Messages, locale: Locale) => string): LocaleText {
  const out = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    Object.defineProperty(out, locale, {
      enumerable: true,
      get: () => message(MESSAGES[locale], locale),
    });
  }
  return out;
}

/**
 * A message of a maintainers' command (`catalog check`), written in the catalog's authored
 * languages only; other languages get the English text.
 */
export function fromAuthored(text: Readonly<Record<AuthoredLocale, string>>): LocaleText {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, text[authoredFallback(locale)]]),
  ) as Record<Locale, string>;
}

/**
 * A message as a failure takes it: in every language, or (from a maintainers' command) in
 * German and English, shown in English elsewhere.
 */
export type FailureText = LocaleText | Readonly<Record<AuthoredLocale, string>>;

function inEveryLocale(text: FailureText): LocaleText {
  return LOCALES.every((locale) => locale in text)
    ? (text as LocaleText)
    : fromAuthored(text as Readonly<Record<AuthoredLocale, string>>);
}

/** An expected failure a command reports to the person, with its exit code. */
export class CliFailure extends Error {
  readonly messages: readonly LocaleText[];

  constructor(
    messages: readonly FailureText[],
    readonly exitCode: number,
  ) {
    super();
    this.messages = messages.map(inEveryLocale);
    // For a developer reading a trace: worded on demand, in whichever language is loaded.
    Object.defineProperty(this, 'message', {
      get: () => this.messages.map((m) => wordedIn(m, ['en', ...LOCALES])).join('\n'),
    });
  }
}

/** A text in the first of the languages whose wording is at hand. */
function wordedIn(text: LocaleText, order: readonly Locale[]): string {
  for (const locale of order) {
    try {
      return text[locale];
    } catch {
      // Not loaded: try the next language.
    }
  }
  return '';
}

/** A usage error (exit 2): unknown platform, language or reason, bad option value. */
export function usageError(...messages: FailureText[]): CliFailure {
  return new CliFailure(messages, EXIT.usage);
}

/** A failure (exit 1) with one message from the CLI's wording. */
export function failure(message: (m: Messages, locale: Locale) => string): CliFailure {
  return new CliFailure([says(message)], EXIT.failure);
}

/** The lines to print for a failure, in the person's language. */
export function failureLines(failure: CliFailure, locale: Locale): string[] {
  return failure.messages.map((m) => `widerspruch: ${m[locale]}`);
}
