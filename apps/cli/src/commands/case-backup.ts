import { basename } from 'node:path';
import {
  decryptBackup,
  encryptBackup,
  encryptedBackupProblem,
  isEncryptedBackup,
  MIN_PASSPHRASE_LENGTH,
  parseExport,
  serializeExport,
} from '@widerspruch/core';
import { CliFailure, EXIT, fromProblems, usageError } from '../errors.js';
import { inputFileSize, outputTarget, readInputFile, writeOutputFile } from '../files.js';
import { terminalValue } from '../render/terminal.js';
import { existingBackup, replacementNote } from './backup-target.js';
import type { CaseContext } from './case.js';
import { withStore } from './case-store.js';

/**
 * `case export [--out <file>] [--skip-unreadable] [--encrypt]`: the portable JSON file,
 * evidence included. A backup must not be silently incomplete: when stored records cannot be
 * read, nothing is written and the command fails (exit 1), unless `--skip-unreadable` asks
 * for a backup of the readable records; then it warns on stderr with their number.
 * `--encrypt` protects the file with a passphrase (from WIDERSPRUCH_PASSPHRASE if set, else
 * asked in a terminal).
 */
export async function runCaseExport(
  ctx: CaseContext,
  opts: { out?: string; skipUnreadable?: boolean; encrypt?: boolean; force?: boolean },
): Promise<void> {
  const out = outputTarget(opts.out);
  // Asked before the store is opened, so that a cancelled prompt changes nothing.
  const secret = opts.encrypt ? await passphrase(ctx, 'encrypt') : undefined;
  await withStore(ctx.io, ctx.store, async (store, path) => {
    const { profiles, cases, unreadable } = await store.loadAll();
    if (unreadable > 0 && !opts.skipUnreadable) throw incompleteBackup(unreadable, path);
    warnUnreadable(ctx, unreadable, 'export', unreadable > 0 ? store.unreadableRecords() : []);
    const plain = serializeExport(
      { profiles, cases, evidence: await store.allEvidence() },
      ctx.io.now(),
    );
    const text = secret === undefined ? plain : await encryptBackup(plain, secret);
    if (out === undefined) {
      ctx.io.stdout(text);
      return;
    }
    // A backup with cases is never replaced by an empty one unasked (a mistyped --store).
    const previous = existingBackup(out);
    if (cases.length === 0 && previous.kind === 'backup' && previous.cases !== 0 && !opts.force)
      throw emptyOverFull(out, previous.cases);
    writeOutputFile(out, text);
    const note = replacementNote(previous);
    ctx.io.stderr(
      ctx.locale === 'de'
        ? `${count(cases.length, 'Fall', 'Fälle')} gespeichert in ${out}${secret ? ' (mit Passwort verschlüsselt)' : ''}${note.de}\n`
        : `${count(cases.length, 'case', 'cases')} saved to ${out}${secret ? ' (encrypted with a passphrase)' : ''}${note.en}\n`,
    );
  });
}

/** Refusal to replace a backup that holds cases (or may: an encrypted one) with an empty one. */
function emptyOverFull(out: string, cases: number | undefined): CliFailure {
  const held =
    cases === undefined
      ? { de: 'eine verschlüsselte Sicherung', en: 'an encrypted backup' }
      : {
          de: `eine Sicherung mit ${count(cases, 'Fall', 'Fällen')}`,
          en: `a backup with ${count(cases, 'case', 'cases')}`,
        };
  return new CliFailure(
    [
      {
        de: `Nicht geschrieben: Der Speicher enthält keinen Fall, ${out} aber ${held.de}. Die Datei bleibt unverändert. Prüfen Sie --store bzw. WIDERSPRUCH_STORE; um sie dennoch durch eine leere Sicherung zu ersetzen: --force`,
        en: `Not written: the store holds no case, but ${out} holds ${held.en}. The file is unchanged. Check --store or WIDERSPRUCH_STORE; to replace it with an empty backup anyway: --force`,
      },
    ],
    EXIT.failure,
  );
}

const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** `case import <file>`: merges an export (from the CLI or the web app) into the store. */
export async function runCaseImport(ctx: CaseContext, file: string): Promise<void> {
  let text = readImportFile(file);
  if (isEncryptedBackup(text)) {
    // A file that cannot be opened whatever the passphrase is refused before one is asked for.
    const problem = encryptedBackupProblem(text);
    if (problem) throw fromProblems([problem], []);
    const opened = await decryptBackup(text, await passphrase(ctx, 'decrypt'));
    if (!opened.ok) throw fromProblems(opened.problems, ['wrong-passphrase']);
    text = opened.value;
  }
  const parsed = await parseExport(
    text,
    ctx.catalog.platforms.map((p) => p.id),
    ctx.io.today(),
  );
  if (!parsed.ok) throw fromProblems(parsed.problems, []);
  await withStore(
    ctx.io,
    ctx.store,
    async (store) => {
      await store.importData(parsed.value);
      const { cases, profiles, evidence, unusedEvidence } = { evidence: [], ...parsed.value };
      const de = ctx.locale === 'de';
      ctx.io.stdout(
        de
          ? `Eingelesen: ${count(cases.length, 'Fall', 'Fälle')}, ${count(profiles.length, 'Person', 'Personen')}, ${count(evidence.length, 'Nachweis', 'Nachweise')}.\n`
          : `Imported: ${count(cases.length, 'case', 'cases')}, ${count(profiles.length, 'person', 'people')}, ${count(evidence.length, 'evidence file', 'evidence files')}.\n`,
      );
      if (unusedEvidence.length > 0)
        ctx.io.stderr(
          de
            ? `Nicht eingelesen: ${count(unusedEvidence.length, 'Nachweis', 'Nachweise')}, zu ${unusedEvidence.length === 1 ? 'dem' : 'denen'} kein Fall gehört (${unusedEvidence.map(terminalValue).join(', ')}).\n`
            : `Not imported: ${count(unusedEvidence.length, 'evidence file', 'evidence files')} that no case refers to (${unusedEvidence.map(terminalValue).join(', ')}).\n`,
        );
    },
    'create',
  );
}

function readImportFile(file: string): string {
  const size = inputFileSize(file);
  if (size > MAX_IMPORT_BYTES) {
    throw new CliFailure(
      [
        {
          de: `„${basename(file)}“ ist größer als 200 MB und sicher keine Sicherung von Widerspruch. Es wurde nichts geändert.`,
          en: `"${basename(file)}" is larger than 200 MB, so it is certainly not a Widerspruch backup. Nothing was changed.`,
        },
      ],
      EXIT.failure,
    );
  }
  return readInputFile(file).toString('utf8');
}

const pluralRules = new Intl.PluralRules('en');

/** "1 Fall", "2 Fälle": a number with the noun in singular or plural (Intl.PluralRules). */
export function count(n: number, one: string, many: string): string {
  return `${n} ${pluralRules.select(n) === 'one' ? one : many}`;
}

/**
 * "1 gespeicherter Eintrag ist unlesbar", "2 gespeicherte Einträge (abc, def) sind unlesbar":
 * the number, with the ids when known.
 */
function unreadableRecords(
  n: number,
  names: { de: readonly string[]; en: readonly string[] } = { de: [], en: [] },
): { de: string; en: string } {
  const list = (items: readonly string[]) =>
    items.length === 0 ? '' : ` (${items.join(', ')}${n > items.length ? ', …' : ''})`;
  const [de, en] = [list(names.de), list(names.en)];
  return n === 1
    ? { de: `1 gespeicherter Eintrag${de} ist unlesbar`, en: `1 stored record${en} cannot be read` }
    : {
        de: `${n} gespeicherte Einträge${de} sind unlesbar`,
        en: `${n} stored records${en} cannot be read`,
      };
}

/** Tells on stderr how many stored records could not be read (none: says nothing). */
export function warnUnreadable(
  ctx: CaseContext,
  unreadable: number,
  use: 'list' | 'export' | 'calendar' = 'list',
  records: readonly { kind: 'case' | 'profile'; id: string }[] = [],
): void {
  if (unreadable === 0) return;
  const shown = records.slice(0, 10);
  const name = (r: (typeof shown)[number], lang: 'de' | 'en') => {
    const kind = r.kind === 'case' ? { de: 'Fall', en: 'case' } : { de: 'Person', en: 'person' };
    return `${kind[lang]} ${terminalValue(r.id)}`;
  };
  const what = unreadableRecords(unreadable, {
    de: shown.map((r) => name(r, 'de')),
    en: shown.map((r) => name(r, 'en')),
  });
  const one = unreadable === 1;
  if (use === 'calendar') {
    ctx.io.stderr(
      ctx.locale === 'de'
        ? `Warnung: ${what.de}; ${one ? 'seine Frist fehlt' : 'ihre Fristen fehlen'} in dieser Kalenderdatei. ${one ? 'Er bleibt' : 'Sie bleiben'} im Speicher unverändert erhalten.\n`
        : `Warning: ${what.en}; ${one ? 'its deadline is' : 'their deadlines are'} missing from this calendar file. ${one ? 'It is' : 'They are'} kept unchanged in the store.\n`,
    );
    return;
  }
  const text =
    ctx.locale === 'de'
      ? use === 'list'
        ? `Hinweis: ${what.de} und ${one ? 'wird' : 'werden'} nicht angezeigt; ${one ? 'er bleibt' : 'sie bleiben'} unverändert erhalten.`
        : `Warnung: ${what.de} und ${one ? 'fehlt' : 'fehlen'} in dieser Sicherung; ${one ? 'er bleibt' : 'sie bleiben'} im Speicher unverändert erhalten.`
      : use === 'list'
        ? `Note: ${what.en} and ${one ? 'is' : 'are'} not shown; ${one ? 'it is' : 'they are'} kept unchanged.`
        : `Warning: ${what.en} and ${one ? 'is' : 'are'} missing from this backup; ${one ? 'it is' : 'they are'} kept unchanged in the store.`;
  ctx.io.stderr(`${text}\n`);
}

function incompleteBackup(unreadable: number, path: string): CliFailure {
  const what = unreadableRecords(unreadable);
  return new CliFailure(
    [
      {
        de: `${what.de}; die Sicherung wäre unvollständig, deshalb wurde nichts geschrieben. Alle Einträge bleiben in ${path} erhalten (kopieren Sie diese Datei als Sicherung). Um nur die lesbaren Fälle zu sichern: widerspruch case export --skip-unreadable`,
        en: `${what.en}; the backup would be incomplete, so nothing was written. All records are kept in ${path} (copy that file as a backup). To back up only the readable cases: widerspruch case export --skip-unreadable`,
      },
    ],
    EXIT.failure,
  );
}

/**
 * The passphrase of an encrypted backup: from WIDERSPRUCH_PASSPHRASE (scripts), else asked in
 * the terminal without echo (twice when encrypting). Without either, a usage error.
 */
async function passphrase(ctx: CaseContext, purpose: 'encrypt' | 'decrypt'): Promise<string> {
  const de = ctx.locale === 'de';
  const fromEnv = ctx.io.env.WIDERSPRUCH_PASSPHRASE;
  let secret: string;
  if (fromEnv !== undefined && fromEnv !== '') {
    secret = fromEnv;
    // Said, so that a forgotten variable in a terminal does not pass unnoticed.
    ctx.io.stderr(
      de
        ? 'Passwort aus der Umgebungsvariable WIDERSPRUCH_PASSPHRASE.\n'
        : 'Passphrase from the environment variable WIDERSPRUCH_PASSPHRASE.\n',
    );
  } else if (!ctx.io.interactive) {
    throw usageError({
      de: 'Eine verschlüsselte Sicherung braucht ein Passwort. Führen Sie den Befehl in einem Terminal aus (dann wird es abgefragt) oder geben Sie es in der Umgebungsvariable WIDERSPRUCH_PASSPHRASE an.',
      en: 'An encrypted backup needs a passphrase. Run the command in a terminal (it is asked for there) or give it in the environment variable WIDERSPRUCH_PASSPHRASE.',
    });
  } else {
    const p = await import('@clack/prompts');
    const cancelled = {
      de: 'Abgebrochen; nichts wurde geändert.',
      en: 'Cancelled; nothing was changed.',
    };
    const first = await p.password({
      message: de ? 'Passwort der Sicherung' : "The backup's passphrase",
      mask: '•',
    });
    if (p.isCancel(first)) throw usageError(cancelled);
    secret = first;
    if (purpose === 'encrypt') {
      const again = await p.password({
        message: de ? 'Passwort wiederholen' : 'The passphrase again',
        mask: '•',
      });
      if (p.isCancel(again)) throw usageError(cancelled);
      if (again !== first) {
        throw usageError({
          de: 'Die beiden Passwörter stimmen nicht überein; nichts wurde geschrieben.',
          en: 'The two passphrases differ; nothing was written.',
        });
      }
    }
  }
  if (purpose === 'encrypt' && secret.length < MIN_PASSPHRASE_LENGTH) {
    throw usageError({
      de: `Das Passwort ist zu kurz: mindestens ${MIN_PASSPHRASE_LENGTH} Zeichen. Ohne dieses Passwort lässt sich die Sicherung nicht mehr öffnen; bewahren Sie es gut auf.`,
      en: `The passphrase is too short: at least ${MIN_PASSPHRASE_LENGTH} characters. Without it the backup cannot be opened again; keep it safe.`,
    });
  }
  return secret;
}
