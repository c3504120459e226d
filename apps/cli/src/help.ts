import { type Command, Help } from 'commander';
import type { HelpText } from './text/help-text.js';

/** Every description of a command tree, with a setter: for the help and its test. */
export function* descriptions(
  command: Command,
): Generator<{ text: string; set: (text: string) => void }> {
  yield { text: command.description(), set: (text) => command.description(text) };
  for (const option of command.options)
    yield { text: option.description, set: (text) => (option.description = text) };
  for (const argument of command.registeredArguments)
    yield { text: argument.description, set: (text) => (argument.description = text) };
  for (const sub of command.commands) yield* descriptions(sub);
}

/**
 * Gives a program's help the words of a language that commander writes itself: section
 * titles, the help option and command, "(default: …)" and "(choices: …)". The descriptions
 * are already in that language (the program is built with them).
 */
export function localizeHelp(program: Command, h: HelpText): void {
  const titles: Readonly<Record<string, string>> = {
    'Usage:': h.titles.usage,
    'Options:': h.titles.options,
    'Commands:': h.titles.commands,
    'Arguments:': h.titles.arguments,
    'Global Options:': h.titles.globalOptions,
  };
  const base = new Help();
  const extras = (text: string) =>
    text.replace(/\(default: /, `(${h.default}: `).replace(/\(choices: /, `(${h.choices}: `);
  const configure = (command: Command) => {
    command.helpOption('-h, --help', h.help);
    command.configureHelp({
      styleTitle: (title) => titles[title] ?? title,
      optionDescription: (option) => extras(base.optionDescription(option)),
      argumentDescription: (argument) => extras(base.argumentDescription(argument)),
    });
    if (command.commands.length > 0) command.helpCommand('help [command]', h.helpCommand);
    for (const sub of command.commands) configure(sub);
  };
  configure(program);
}
