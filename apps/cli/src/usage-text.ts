import type { AuthoredLocale } from '@widerspruch/catalog';

/** Commander's usage errors (v14 wording), each with its German and English sentence. */
const PATTERNS: readonly {
  readonly pattern: RegExp;
  readonly de: (m: RegExpMatchArray) => string;
  readonly en: (m: RegExpMatchArray) => string;
}[] = [
  {
    pattern: /^error: missing required argument '(.+)'/,
    de: (m) => `Es fehlt eine Angabe: <${m[1]}>.`,
    en: (m) => `A value is missing: <${m[1]}>.`,
  },
  {
    pattern: /^error: unknown command '(.+)'/,
    de: (m) => `Den Befehl „${m[1]}“ gibt es nicht.`,
    en: (m) => `There is no command "${m[1]}".`,
  },
  {
    pattern: /^error: unknown option '(.+?)'/,
    de: (m) => `Die Option „${m[1]}“ gibt es hier nicht.`,
    en: (m) => `There is no option "${m[1]}" here.`,
  },
  {
    pattern: /^error: required option '(.+)' not specified/,
    de: (m) => `Die Option „${m[1]}“ ist nötig.`,
    en: (m) => `The option "${m[1]}" is required.`,
  },
  {
    pattern: /^error: option '(.+)' argument missing/,
    de: (m) => `Nach „${m[1]}“ fehlt der Wert.`,
    en: (m) => `"${m[1]}" needs a value.`,
  },
  {
    pattern:
      /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\./,
    de: (m) => `Zu viele Angaben: ${m[2]} erwartet, ${m[3]} erhalten.`,
    en: (m) => `Too many values: expected ${m[2]}, got ${m[3]}.`,
  },
];

const SUGGESTION = /\(Did you mean (one of )?(.+?)\?\)/;

/**
 * Commander's usage error in the person's language, as the CLI's other messages look
 * ("widerspruch: …"), with where to find help. `command` is the command typed before the
 * error (e.g. "case event"), if it is a real one; unknown wording passes unchanged.
 *
 * @example usageText("error: unknown command 'gide'\n(Did you mean guide?)\n", 'de')
 * // "widerspruch: Den Befehl „gide“ gibt es nicht. Meinten Sie „guide“?\n…"
 */
export function usageText(text: string, locale: AuthoredLocale, command?: string): string {
  const first = text.trim().split('\n')[0] ?? '';
  const known = PATTERNS.map((p) => ({ p, m: first.match(p.pattern) })).find((x) => x.m);
  const message = known?.m ? known.p[locale](known.m) : first.replace(/^error: /, '');
  const match = text.match(SUGGESTION);
  const guess = match?.[2];
  const several = match?.[1] !== undefined;
  const suggestion =
    guess === undefined
      ? ''
      : several
        ? locale === 'de'
          ? ` Meinten Sie: ${guess}?`
          : ` Did you mean one of: ${guess}?`
        : locale === 'de'
          ? ` Meinten Sie „${guess}“?`
          : ` Did you mean "${guess}"?`;
  const help = `widerspruch ${command ? `${command} ` : ''}--help`;
  const hint = locale === 'de' ? `Hilfe: ${help}` : `Help: ${help}`;
  return `widerspruch: ${message}${suggestion}\n${hint}\n`;
}
