import {
  DEFAULT_LOCALE,
  isLocale,
  LOCALES,
  type Locale,
  matchLocale,
} from '@widerspruch/catalog/locales';
import { closestMatch } from '@widerspruch/core/closest';
import { type CliFailure, says, usageError } from './errors.js';

/**
 * The language for messages when no `--lang` is given: the first of LC_ALL, LC_MESSAGES and
 * LANG that is set (as POSIX orders them), if it names a supported language
 * (`fr_FR.UTF-8` → French); otherwise German.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return matchLocale([value]) ?? DEFAULT_LOCALE;
}

/**
 * Parses a `--lang` value: a language code (`fr`), also with a region (`fr-BE`, `pl_PL.UTF-8`);
 * unknown values are a usage error naming the choices.
 */
export function parseLocale(value: string): Locale | CliFailure {
  const normalized = value.trim().toLowerCase();
  if (isLocale(normalized)) return normalized;
  const withRegion = matchLocale([normalized]);
  if (withRegion) return withRegion;
  const guess = closestMatch(normalized, LOCALES);
  const list = LOCALES.join(', ');
  return usageError(says((m) => m.input.unknownLanguage(value, guess, list)));
}
