import type { Locale } from '@widerspruch/catalog/locales';
import { MESSAGES, type Messages } from './text/messages.js';

type Usage = Messages['usage'];

/** Commander's usage errors (v14 wording), each with the message that says it. */
const PATTERNS: readonly {
  readonly pattern: RegExp;
  readonly say: (u: Usage, m: RegExpMatchArray) => string;
}[] = [
  {
    pattern: /^error: missing required argument '(.+)'/,
    say: (u, m) => u.missingArgument(m[1] ?? ''),
  },
  { pattern: /^error: unknown command '(.+)'/, say: (u, m) => u.unknownCommand(m[1] ?? '') },
  { pattern: /^error: unknown option '(.+?)'/, say: (u, m) => u.unknownOption(m[1] ?? '') },
  {
    pattern: /^error: required option '(.+)' not specified/,
    say: (u, m) => u.requiredOption(m[1] ?? ''),
  },
  {
    pattern: /^error: option '(.+)' argument missing/,
    say: (u, m) => u.optionValueMissing(m[1] ?? ''),
  },
  {
    pattern:
      /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\./,
    say: (u, m) => u.tooManyArguments(m[2] ?? '', m[3] ?? ''),
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
export function usageText(text: string, locale: Locale, command?: string): string {
  const u = MESSAGES[locale].usage;
  const first = text.trim().split('\n')[0] ?? '';
  const known = PATTERNS.map((p) => ({ p, m: first.match(p.pattern) })).find((x) => x.m);
  const message = known?.m ? known.p.say(u, known.m) : first.replace(/^error: /, '');
  const match = text.match(SUGGESTION);
  const guess = match?.[2];
  const suggestion =
    guess === undefined
      ? ''
      : ` ${match?.[1] === undefined ? u.didYouMean(guess) : u.didYouMeanOneOf(guess)}`;
  const hint = u.help(`widerspruch ${command ? `${command} ` : ''}--help`);
  return `widerspruch: ${message}${suggestion}\n${hint}\n`;
}
