import type { AuthoredLocale, Catalog } from '@widerspruch/catalog';
import { Command, CommanderError, Option } from 'commander';
import type { CaseContext } from './commands/case.js';
import { CliFailure, EXIT, failureLines } from './errors.js';
import { EVENT_KINDS_HELP, LETTER_KINDS_HELP } from './help-lists.js';
import { type CliIo, processIo } from './io.js';
import { localeFromEnv, parseLocale } from './locale.js';
import { terminalBlock } from './render/terminal.js';
import { usageText } from './usage-text.js';

// Each command's module (and the catalog) is imported when the command runs: a scan does
// not load the letters, the SQLite store or the catalog, and starts faster.
const bundled = async (): Promise<Catalog> =>
  (await import('@widerspruch/catalog/bundled')).bundledCatalog();

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  const envLocale = localeFromEnv(io.env);
  try {
    if (args.length === 0 && io.interactive) {
      const { runInteractive } = await import('./commands/interactive.js');
      return await runInteractive(io, envLocale);
    }
    const locale = langFromArgs(args) ?? envLocale;
    const program = buildProgram(io, locale, args);
    // The help is written in English; in German it is translated when it is shown.
    if (locale === 'de' && wantsHelp(args)) (await import('./help-de.js')).germanHelp(program);
    await program.parseAsync([...args], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return exitCodeFor(error, io, envLocale, args);
  }
}

function exitCodeFor(
  error: unknown,
  io: CliIo,
  envLocale: AuthoredLocale,
  args: readonly string[],
): number {
  if (error instanceof CliFailure) {
    const locale = langFromArgs(args) ?? envLocale;
    // Messages quote what was given or stored (paths, ids, file names): made safe as a block.
    io.stderr(`${terminalBlock(failureLines(error, locale).join('\n'))}\n`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) {
    const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
    if (quiet.includes(error.code)) return EXIT.ok;
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(
    `widerspruch: unexpected error: ${terminalBlock(message)}\nPlease report this as a bug.\n`,
  );
  return EXIT.failure;
}

function langFromArgs(args: readonly string[]): AuthoredLocale | undefined {
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

/**
 * Whether the help may be shown: asked for, no command given, or only a command group (such
 * as `case` without its subcommand, which shows the group's help).
 */
function wantsHelp(args: readonly string[]): boolean {
  return args.length <= 1 || args.includes('--help') || args.includes('-h') || args[0] === 'help';
}

/** The known command words at the start of `args` ("case event"), for the help hint. */
function commandPath(program: Command, args: readonly string[]): string | undefined {
  const words: string[] = [];
  let command: Command | undefined = program;
  for (const arg of args) {
    command = command?.commands.find((c) => c.name() === arg);
    if (!command) break;
    words.push(arg);
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

/** The command tree (descriptions in English; see help-de.ts for German). */
export function buildProgram(io: CliIo, locale: AuthoredLocale, args: readonly string[]): Command {
  const program = new Command('widerspruch')
    .description(
      'Object to AI training on your data: official routes, objection texts and what they cover.\nWithout arguments in a terminal: an interactive guide.',
    )
    .version('0.1.0')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // Usage errors in the person's language, like the CLI's own messages.
      outputError: (text, write) => write(usageText(text, locale, commandPath(program, args))),
    });
  const defaults = async () => ({ io, envLocale: localeFromEnv(io.env), catalog: await bundled() });

  program
    .command('platforms')
    .description('list the platforms in the catalog')
    .addOption(langOption())
    .option('--json', 'machine-readable output')
    .action(async (opts) =>
      (await import('./commands/platforms.js')).runPlatforms(await defaults(), opts),
    );

  program
    .command('guide')
    .description('how to object at a platform, step by step')
    .argument('<platform>', 'platform id, e.g. facebook or instagram')
    .addOption(langOption())
    .addOption(new Option('--device <device>', 'desktop or mobile').default('desktop'))
    .option('--sources', 'show the source of every fact')
    .option('--json', 'machine-readable output')
    .action(async (platform, opts) =>
      (await import('./commands/guide.js')).runGuide(await defaults(), platform, opts),
    );

  program
    .command('text')
    .description('the objection text to paste into the form')
    .argument('[platform]', 'platform id, e.g. facebook or instagram')
    .addOption(langOption())
    .option(
      '--reason <id>',
      'a ground from your situation (repeatable); see --list-reasons',
      collect,
    )
    .option('--note <text>', 'your own words about your situation')
    .option('--list-reasons', 'list the reason ids and exit')
    .option('--json', 'machine-readable output')
    .action(async (platform, opts) =>
      (await import('./commands/text.js')).runText(await defaults(), platform, opts),
    );

  const catalog = program.command('catalog').description('work with the catalog of platforms');
  catalog
    .command('check')
    .description('check the catalog files: schema, sources, dates and references')
    .option('--dir <path>', 'the catalog data folder (default: the one in this repository)')
    .option('--json', 'machine-readable output')
    .action(async (opts) =>
      (await import('./commands/catalog-check.js')).runCatalogCheck(io, opts),
    );
  catalog
    .command('stale')
    .description('list the records whose facts were last verified more than N days ago')
    .option('--days <n>', 'age limit in days', '180')
    .option('--dir <path>', 'the catalog data folder (default: the bundled catalog)')
    .addOption(langOption())
    .option('--json', 'machine-readable output')
    .action(async (opts) =>
      (await import('./commands/catalog-stale.js')).runCatalogStale(io, await bundled(), {
        ...opts,
        lang: opts.lang ?? localeFromEnv(io.env),
      }),
    );
  catalog
    .command('links')
    .description('check every URL in the catalog (status, redirects, time-outs) and report')
    .option('--timeout <ms>', 'time limit per request', '10000')
    .option('--concurrency <n>', 'requests at a time', '8')
    .option('--only <text>', 'check only URLs containing this text')
    .option('--strict', 'exit 1 when any address is broken or unreachable')
    .option('--json', 'machine-readable output')
    .action(async (opts) =>
      (await import('./commands/catalog-links.js')).runCatalogLinks(io, await bundled(), opts),
    );

  program
    .command('scan')
    .description('what of yours an export (ZIP or unpacked folder) shows a platform can train on')
    .argument('<path...>', 'export ZIP files or folders; give all parts of a split export together')
    .addOption(langOption())
    .option('--json', 'machine-readable output')
    .action(async (paths: string[], opts) =>
      (await import('./commands/scan.js')).runScan(io, paths, opts),
    );

  addCaseCommands(program, io);
  return program;
}

const caseCommands = () => import('./commands/case.js');
const eventCommands = () => import('./commands/case-event.js');

async function caseContext(
  io: CliIo,
  opts: { lang?: AuthoredLocale; store?: string },
): Promise<CaseContext> {
  return {
    io,
    catalog: await bundled(),
    locale: opts.lang ?? localeFromEnv(io.env),
    ...(opts.store === undefined ? {} : { store: opts.store }),
  };
}

function addCaseCommands(program: Command, io: CliIo): void {
  const storeOption = () =>
    new Option(
      '--store <file>',
      'the SQLite store (default: $XDG_DATA_HOME/widerspruch/store.sqlite; env WIDERSPRUCH_STORE)',
    );
  const cases = program
    .command('case')
    .description('your objections: record, follow and export them');
  cases
    .command('add')
    .description('record an objection; prints the new case id on the last line')
    .argument('<platform>', 'platform id, e.g. facebook')
    .requiredOption('--account <label>', 'the account: e-mail address or user name')
    .option('--submitted <date>', 'the day you sent the objection (YYYY-MM-DD)')
    .addOption(
      new Option(
        '--via <how>',
        'how you sent it; web-form: the tracker waits for the confirmation e-mail, not a month',
      ).choices(['web-form', 'in-app', 'email', 'letter']),
    )
    .option('--profile <name>', 'whose account it is (default: you)')
    .addOption(langOption())
    .addOption(storeOption())
    .option('--json', 'machine-readable output')
    .action(async (platform, opts) =>
      (await caseCommands()).runCaseAdd(await caseContext(io, opts), platform, opts),
    );
  cases
    .command('list')
    .description('all cases, what needs attention first')
    .addOption(langOption())
    .addOption(storeOption())
    .option('--json', 'machine-readable output')
    .action(async (opts) => (await caseCommands()).runCaseList(await caseContext(io, opts), opts));
  cases
    .command('show')
    .description('one case: state, due date with its rule, next step, timeline')
    .argument('<id>', 'case id (or a unique prefix of at least 4 characters)')
    .addOption(langOption())
    .addOption(storeOption())
    .option('--json', 'machine-readable output')
    .action(async (id, opts) =>
      (await caseCommands()).runCaseShow(await caseContext(io, opts), id, opts),
    );
  cases
    .command('event')
    .description(`record what happened: ${EVENT_KINDS_HELP}`)
    .argument('<id>', 'case id')
    .argument('<kind>', 'event kind')
    .option(
      '--date <date>',
      'the day it happened (YYYY-MM-DD); for deadline-extended the new deadline',
    )
    .option(
      '--file <path>',
      'keep a file as evidence (.eml, .pdf, .png, .jpg, .jpeg, .webp, .txt; at most 25 MB)',
    )
    .option('--note <text>', 'a note')
    .option(
      '--reply <kind>',
      'with reply-received: accepted, asks-for-reason, asks-for-id, rejected or other',
    )
    .addOption(
      new Option(
        '--via <how>',
        'with submitted: how you sent it; web-form: the tracker waits for the confirmation e-mail',
      ).choices(['web-form', 'in-app', 'email', 'letter']),
    )
    .addOption(langOption())
    .addOption(storeOption())
    .option('--json', 'machine-readable output')
    .action(async (id, kind, opts) =>
      (await eventCommands()).runCaseEvent(await caseContext(io, opts), id, kind, opts),
    );
  cases
    .command('delete')
    .description('delete one case (asks first in a terminal)')
    .argument('<id>', 'case id')
    .option('--yes', 'delete without asking (needed when not run in a terminal)')
    .addOption(langOption())
    .addOption(storeOption())
    .action(async (id, opts) =>
      (await caseCommands()).runCaseDelete(await caseContext(io, opts), id, opts),
    );
  cases
    .command('export')
    .description('all cases, people and evidence as one portable JSON file (stdout or --out)')
    .option('--out <file>', 'write to a file (- for stdout)')
    .option('--force', 'replace a backup that holds cases even with an empty one')
    .option(
      '--skip-unreadable',
      'write the backup even if some stored records cannot be read (they are left out)',
    )
    .option(
      '--encrypt',
      'protect the file with a passphrase (from WIDERSPRUCH_PASSPHRASE if set, else asked)',
    )
    .addOption(langOption())
    .addOption(storeOption())
    .action(async (opts) =>
      (await import('./commands/case-backup.js')).runCaseExport(await caseContext(io, opts), opts),
    );
  cases
    .command('import')
    .description('merge an export file (from the CLI or the web app) into the store')
    .argument('<file>', 'the export file')
    .addOption(langOption())
    .addOption(storeOption())
    .action(async (file, opts) =>
      (await import('./commands/case-backup.js')).runCaseImport(await caseContext(io, opts), file),
    );
  program
    .command('letter')
    .description(`a letter from a case: ${LETTER_KINDS_HELP}`)
    .argument('<kind>', 'objection, reminder, complaint, erasure, access or dossier')
    .requiredOption('--case <id>', 'the case the letter is about')
    .option(
      '--format <format>',
      'text, eml or pdf (default: from the extension of --out, else text)',
    )
    .option(
      '--out <file>',
      'write to a file (PDF: default widerspruch-<kind>-<platform>-<date>.pdf, never replaced)',
    )
    .option('--name <name>', 'your name')
    .option('--address <address>', 'your postal address, lines separated by commas')
    .option('--email <email>', 'your e-mail address')
    .option('--save-sender', 'remember name, address and e-mail for later letters')
    .option(
      '--country <code>',
      'where you live (ISO 3166 code, e.g. DE, AT) — picks the authority for a complaint',
    )
    .option('--region <land>', 'in Germany: your Land (e.g. HH, BY, NW)')
    .option(
      '--reason <id>',
      'a ground from your situation, for the objection letter (repeatable)',
      collect,
    )
    .option('--note <text>', 'your own words, for the objection letter')
    .option('--record', 'record the matching event on the case and keep the letter as evidence')
    .option(
      '--letter-lang <id>',
      'complaint only: write it in this language, if the authority takes it (default: yours if it does, else the authority’s)',
    )
    .option(
      '--translation',
      'complaint in another language: print the same letter in your language, for reading only',
    )
    .addOption(langOption())
    .addOption(storeOption())
    .action(async (kind, opts) =>
      (await import('./commands/letter.js')).runLetter(await caseContext(io, opts), kind, opts),
    );
  program
    .command('remind')
    .description("a calendar reminder (.ics) for a case's due dates, or with --all for every case")
    .argument('[id]', 'case id')
    .option('--all', 'the due dates of all cases in one file')
    .option('--ics', 'iCalendar format (RFC 5545), the only one and the default')
    .option('--out <file>', 'write to a file instead of stdout')
    .addOption(langOption())
    .addOption(storeOption())
    .action(async (id, opts) =>
      (await eventCommands()).runRemind(await caseContext(io, opts), id, opts),
    );
}

/** A repeatable option's values (no default, so that the help shows none). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
