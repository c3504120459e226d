import { LOCALES, type Locale } from '@widerspruch/catalog/locales';
import { closestMatch } from '@widerspruch/core/closest';
import { type CliFailure, usageError } from './errors.js';

/**
 * The language for messages when no `--lang` is given: German unless the environment
 * (LC_ALL, LC_MESSAGES, LANG) asks for English.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** Parses a `--lang` value; unknown values are a usage error naming the choices. */
export function parseLocale(value: string): Locale | CliFailure {
  const normalized = value.trim().toLowerCase();
  if ((LOCALES as readonly string[]).includes(normalized)) return normalized as Locale;
  const guess = closestMatch(normalized, LOCALES);
  const list = LOCALES.join(', ');
  return usageError({
    de: `Die Sprache „${value}“ gibt es nicht.${guess ? ` Meinten Sie „${guess}“?` : ''} Möglich: ${list}.`,
    en: `There is no language "${value}".${guess ? ` Did you mean "${guess}"?` : ''} Choose one of: ${list}.`,
  });
}
