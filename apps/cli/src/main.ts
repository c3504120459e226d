import type { Catalog } from '@widerspruch/catalog';
import type { Locale } from '@widerspruch/catalog/locales';
import { Command, CommanderError, Option } from 'commander';
import type { CaseContext } from './commands/case.js';
import { CliFailure, EXIT, failureLines } from './errors.js';
import { localizeHelp } from './help.js';
import { EVENT_KINDS_HELP, LETTER_KINDS_HELP } from './help-lists.js';
import { type CliIo, processIo } from './io.js';
import { localeFromEnv, parseLocale } from './locale.js';
import { terminalBlock } from './render/terminal.js';
import { HELP_TEXT, type HelpText } from './text/help-text.js';
import { loadCliText } from './text/load.js';
import { MESSAGES } from './text/messages.js';
import { usageText } from './usage-text.js';

// Each command's module (and the catalog) is imported when the command runs: a scan does
// not load the letters, the SQLite store or the catalog, and starts faster.
const bundled = async (): Promise<Catalog> =>
  (await import('@widerspruch/catalog/bundled')).bundledCatalog();
/** The catalog with the current translations into a language merged in. */
const localized = async (locale: Locale): Promise<Catalog> =>
  (await import('@widerspruch/catalog/bundled')).localizedCatalog(locale);
/** Core's wording (guide, case states, refusals) in a language, for the commands that use it. */
const coreText = async (locale: Locale): Promise<void> =>
  (await import('@widerspruch/core')).loadCoreText(locale);

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  const envLocale = localeFromEnv(io.env);
  // Only the language the CLI speaks is loaded (its messages and help); a command that
  // writes in another language (a complaint in the authority's) loads that one itself.
  await loadCliText(langFromArgs(args) ?? envLocale);
  try {
    if (args.length === 0 && io.interactive) {
      const [{ runInteractive }] = await Promise.all([
        import('./commands/interactive.js'),
        coreText(envLocale),
      ]);
      return await runInteractive(io, envLocale);
    }
    const locale = langFromArgs(args) ?? envLocale;
    const program = buildProgram(io, locale, args);
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
  const locale = langFromArgs(args) ?? envLocale;
  if (error instanceof CliFailure) {
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
  io.stderr(`widerspruch: ${MESSAGES[locale].usage.unexpected(terminalBlock(message))}\n`);
  return EXIT.failure;
}

function langFromArgs(args: readonly string[]): Locale | undefined {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const value = args[i]?.includes('=') ? args[i]?.split('=')[1] : args[i + 1];
  const parsed = value === undefined ? undefined : parseLocale(value);
  return typeof parsed === 'string' ? parsed : undefined;
}

function langOption(h: HelpText): Option {
  return new Option('--lang <lang>', h.lang).argParser((value) => {
    const parsed = parseLocale(value);
    if (parsed instanceof CliFailure) throw parsed;
    return parsed;
  });
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

/** The command tree, its help in the person's language. */
export function buildProgram(io: CliIo, locale: Locale, args: readonly string[]): Command {
  const h = HELP_TEXT[locale];
  const program = new Command('widerspruch')
    .description(h.program)
    .version('0.1.0', '-V, --version', h.version)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // Usage errors in the person's language, like the CLI's own messages.
      outputError: (text, write) => write(usageText(text, locale, commandPath(program, args))),
    });
  /**
   * A command's context, with the catalog in the language it prints in (and core's wording
   * in it, for the commands that word with core).
   */
  const defaults = async (lang: Locale | undefined, withCore = false) => {
    const envLocale = localeFromEnv(io.env);
    const locale = lang ?? envLocale;
    const [catalog] = await Promise.all([localized(locale), withCore && coreText(locale)]);
    return { io, envLocale, catalog };
  };

  program
    .command('platforms')
    .description(h.platforms)
    .addOption(langOption(h))
    .option('--json', h.json)
    .action(async (opts) =>
      (await import('./commands/platforms.js')).runPlatforms(await defaults(opts.lang), opts),
    );

  program
    .command('guide')
    .description(h.guide)
    .argument('<platform>', h.platformArg)
    .addOption(langOption(h))
    .addOption(new Option('--device <device>', h.device).default('desktop'))
    .option('--sources', h.sources)
    .option('--json', h.json)
    .action(async (platform, opts) =>
      (await import('./commands/guide.js')).runGuide(
        await defaults(opts.lang, true),
        platform,
        opts,
      ),
    );

  program
    .command('text')
    .description(h.text)
    .argument('[platform]', h.platformArg)
    .addOption(langOption(h))
    .option('--reason <id>', h.reason, collect)
    .option('--note <text>', h.note)
    .option('--list-reasons', h.listReasons)
    .option('--json', h.json)
    .action(async (platform, opts) =>
      (await import('./commands/text.js')).runText(await defaults(opts.lang, true), platform, opts),
    );

  const catalog = program.command('catalog').description(h.catalog);
  catalog
    .command('check')
    .description(h.catalogCheck)
    .option('--dir <path>', h.checkDir)
    .option('--translations-dir <path>', h.checkTranslationsDir)
    .option('--translations [locale]', h.checkTranslations)
    .option('--json', h.json)
    .action(async (opts) =>
      (await import('./commands/catalog-check.js')).runCatalogCheck(io, opts),
    );
  catalog
    .command('stale')
    .description(h.catalogStale)
    .option('--days <n>', h.days, '180')
    .option('--dir <path>', h.staleDir)
    .addOption(langOption(h))
    .option('--json', h.json)
    .action(async (opts) =>
      (await import('./commands/catalog-stale.js')).runCatalogStale(io, await bundled(), {
        ...opts,
        lang: opts.lang ?? localeFromEnv(io.env),
      }),
    );
  catalog
    .command('links')
    .description(h.catalogLinks)
    .option('--timeout <ms>', h.timeout, '10000')
    .option('--concurrency <n>', h.concurrency, '8')
    .option('--only <text>', h.only)
    .option('--strict', h.strict)
    .addOption(langOption(h))
    .option('--json', h.json)
    .action(async (opts) =>
      (await import('./commands/catalog-links.js')).runCatalogLinks(io, await bundled(), opts),
    );

  program
    .command('scan')
    .description(h.scan)
    .argument('<path...>', h.scanPaths)
    .addOption(langOption(h))
    .option('--json', h.json)
    .action(async (paths: string[], opts) =>
      (await import('./commands/scan.js')).runScan(io, paths, opts),
    );

  addCaseCommands(program, io, h);
  localizeHelp(program, h);
  return program;
}

const caseCommands = () => import('./commands/case.js');
const eventCommands = () => import('./commands/case-event.js');

async function caseContext(
  io: CliIo,
  opts: { lang?: Locale; store?: string },
): Promise<CaseContext> {
  const locale = opts.lang ?? localeFromEnv(io.env);
  const [catalog] = await Promise.all([bundled(), coreText(locale)]);
  return { io, catalog, locale, ...(opts.store === undefined ? {} : { store: opts.store }) };
}

function addCaseCommands(program: Command, io: CliIo, h: HelpText): void {
  const storeOption = () => new Option('--store <file>', h.store);
  const cases = program.command('case').description(h.case);
  cases
    .command('add')
    .description(h.caseAdd)
    .argument('<platform>', h.casePlatformArg)
    .requiredOption('--account <label>', h.account)
    .option('--submitted <date>', h.submitted)
    .addOption(new Option('--via <how>', h.via).choices(['web-form', 'in-app', 'email', 'letter']))
    .option('--profile <name>', h.profile)
    .addOption(langOption(h))
    .addOption(storeOption())
    .option('--json', h.json)
    .action(async (platform, opts) =>
      (await caseCommands()).runCaseAdd(await caseContext(io, opts), platform, opts),
    );
  cases
    .command('list')
    .description(h.caseList)
    .addOption(langOption(h))
    .addOption(storeOption())
    .option('--json', h.json)
    .action(async (opts) => (await caseCommands()).runCaseList(await caseContext(io, opts), opts));
  cases
    .command('show')
    .description(h.caseShow)
    .argument('<id>', h.caseIdOrPrefix)
    .addOption(langOption(h))
    .addOption(storeOption())
    .option('--json', h.json)
    .action(async (id, opts) =>
      (await caseCommands()).runCaseShow(await caseContext(io, opts), id, opts),
    );
  cases
    .command('event')
    .description(`${h.caseEvent}${EVENT_KINDS_HELP}`)
    .argument('<id>', h.caseId)
    .argument('<kind>', h.eventKind)
    .option('--date <date>', h.date)
    .option('--file <path>', h.file)
    .option('--note <text>', h.eventNote)
    .option('--reply <kind>', h.reply)
    .addOption(
      new Option('--via <how>', h.eventVia).choices(['web-form', 'in-app', 'email', 'letter']),
    )
    .addOption(langOption(h))
    .addOption(storeOption())
    .option('--json', h.json)
    .action(async (id, kind, opts) =>
      (await eventCommands()).runCaseEvent(await caseContext(io, opts), id, kind, opts),
    );
  cases
    .command('delete')
    .description(h.caseDelete)
    .argument('<id>', h.caseId)
    .option('--yes', h.yes)
    .addOption(langOption(h))
    .addOption(storeOption())
    .action(async (id, opts) =>
      (await caseCommands()).runCaseDelete(await caseContext(io, opts), id, opts),
    );
  cases
    .command('export')
    .description(h.caseExport)
    .option('--out <file>', h.exportOut)
    .option('--force', h.force)
    .option('--skip-unreadable', h.skipUnreadable)
    .option('--encrypt', h.encrypt)
    .addOption(langOption(h))
    .addOption(storeOption())
    .action(async (opts) =>
      (await import('./commands/case-backup.js')).runCaseExport(await caseContext(io, opts), opts),
    );
  cases
    .command('import')
    .description(h.caseImport)
    .argument('<file>', h.importFile)
    .addOption(langOption(h))
    .addOption(storeOption())
    .action(async (file, opts) =>
      (await import('./commands/case-backup.js')).runCaseImport(await caseContext(io, opts), file),
    );
  program
    .command('letter')
    .description(`${h.letter}${LETTER_KINDS_HELP}`)
    .argument('<kind>', h.letterKind)
    .requiredOption('--case <id>', h.letterCase)
    .option('--format <format>', h.format)
    .option('--out <file>', h.letterOut)
    .option('--name <name>', h.name)
    .option('--address <address>', h.address)
    .option('--email <email>', h.email)
    .option('--save-sender', h.saveSender)
    .option('--country <code>', h.country)
    .option('--region <land>', h.region)
    .option('--reason <id>', h.letterReason, collect)
    .option('--note <text>', h.letterNote)
    .option('--record', h.record)
    .option('--letter-lang <id>', h.letterLang)
    .option('--translation', h.letterTranslation)
    .addOption(langOption(h))
    .addOption(storeOption())
    .action(async (kind, opts) =>
      (await import('./commands/letter.js')).runLetter(await caseContext(io, opts), kind, opts),
    );
  program
    .command('remind')
    .description(h.remind)
    .argument('[id]', h.caseId)
    .option('--all', h.all)
    .option('--ics', h.ics)
    .option('--out <file>', h.remindOut)
    .addOption(langOption(h))
    .addOption(storeOption())
    .action(async (id, opts) =>
      (await eventCommands()).runRemind(await caseContext(io, opts), id, opts),
    );
}

/** A repeatable option's values (no default, so that the help shows none). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
