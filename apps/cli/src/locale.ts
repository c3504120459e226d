import { AUTHORED_LOCALES, type AuthoredLocale } from '@widerspruch/catalog/locales';
import { closestMatch } from '@widerspruch/core/closest';
import { type CliFailure, usageError } from './errors.js';

/**
 * The language for messages when no `--lang` is given: German unless the environment
 * (LC_ALL, LC_MESSAGES, LANG) asks for English.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): AuthoredLocale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** Parses a `--lang` value; unknown values are a usage error naming the choices. */
export function parseLocale(value: string): AuthoredLocale | CliFailure {
  const normalized = value.trim().toLowerCase();
  if ((AUTHORED_LOCALES as readonly string[]).includes(normalized))
    return normalized as AuthoredLocale;
  const guess = closestMatch(normalized, AUTHORED_LOCALES);
  const list = AUTHORED_LOCALES.join(', ');
  return usageError({
    de: `Die Sprache „${value}“ gibt es nicht.${guess ? ` Meinten Sie „${guess}“?` : ''} Möglich: ${list}.`,
    en: `There is no language "${value}".${guess ? ` Did you mean "${guess}"?` : ''} Choose one of: ${list}.`,
  });
}
