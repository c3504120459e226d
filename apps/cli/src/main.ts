import type { Locale } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { Command, CommanderError, Option } from 'commander';
import { runCatalogCheck } from './commands/catalog-check.js';
import { runGuide } from './commands/guide.js';
import { runInteractive } from './commands/interactive.js';
import { runPlatforms } from './commands/platforms.js';
import { runText } from './commands/text.js';
import { CliFailure, EXIT, failureLines } from './errors.js';
import { type CliIo, processIo } from './io.js';
import { localeFromEnv, parseLocale } from './locale.js';

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  const envLocale = localeFromEnv(io.env);
  try {
    if (args.length === 0 && io.interactive) return await runInteractive(io, envLocale);
    const program = buildProgram(io);
    await program.parseAsync([...args], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return exitCodeFor(error, io, envLocale, args);
  }
}

function exitCodeFor(
  error: unknown,
  io: CliIo,
  envLocale: Locale,
  args: readonly string[],
): number {
  if (error instanceof CliFailure) {
    const locale = langFromArgs(args) ?? envLocale;
    io.stderr(`${failureLines(error, locale).join('\n')}\n`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
    if (quiet.includes(error.code)) return EXIT.ok;
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`widerspruch: unexpected error: ${message}\nPlease report this as a bug.\n`);
  return EXIT.failure;
}

function langFromArgs(args: readonly string[]): Locale | undefined {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const value = args[i]?.includes('=') ? args[i]?.split('=')[1] : args[i + 1];
  const parsed = value === undefined ? undefined : parseLocale(value);
  return typeof parsed === 'string' ? parsed : undefined;
}

function langOption(): Option {
  return new Option('--lang <lang>', 'language of the output: de or en').argParser((value) => {
    const parsed = parseLocale(value);
    if (parsed instanceof CliFailure) throw parsed;
    return parsed;
  });
}

function buildProgram(io: CliIo): Command {
  const program = new Command('widerspruch')
    .description(
      'Object to AI training on your data: official routes, objection texts and what they cover.\nWithout arguments in a terminal: an interactive guide.',
    )
    .version('0.1.0')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const defaults = () => ({ io, envLocale: localeFromEnv(io.env), catalog: bundledCatalog() });

  program
    .command('platforms')
    .description('list the platforms in the catalog')
    .addOption(langOption())
    .option('--json', 'machine-readable output')
    .action((opts) => runPlatforms(defaults(), opts));

  program
    .command('guide')
    .description('how to object at a platform, step by step')
    .argument('<platform>', 'platform id, e.g. facebook or instagram')
    .addOption(langOption())
    .addOption(new Option('--device <device>', 'desktop or mobile').default('desktop'))
    .option('--sources', 'show the source of every fact')
    .option('--json', 'machine-readable output')
    .action((platform, opts) => runGuide(defaults(), platform, opts));

  program
    .command('text')
    .description('the objection text to paste into the form')
    .argument('[platform]', 'platform id, e.g. facebook or instagram')
    .addOption(langOption())
    .option(
      '--reason <id>',
      'a ground from your situation (repeatable); see --list-reasons',
      collect,
      [],
    )
    .option('--note <text>', 'your own words about your situation')
    .option('--list-reasons', 'list the reason ids and exit')
    .option('--json', 'machine-readable output')
    .action((platform, opts) => runText(defaults(), platform, opts));

  const catalog = program.command('catalog').description('work with the catalog of platforms');
  catalog
    .command('check')
    .description('check the catalog files: schema, sources, dates and references')
    .option('--dir <path>', 'the catalog data folder (default: the one in this repository)')
    .option('--json', 'machine-readable output')
    .action((opts) => runCatalogCheck(io, opts));

  return program;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
