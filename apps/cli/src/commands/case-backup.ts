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
import { fromProblems } from '../core-problems.js';
import { type CliFailure, failure, says, usageError } from '../errors.js';
import { inputFileSize, outputTarget, readInputFile, writeOutputFile } from '../files.js';
import { terminalValue } from '../render/terminal.js';
import { MESSAGES } from '../text/messages.js';
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
    const t = MESSAGES[ctx.locale].backup;
    const note = replacementNote(previous, t);
    ctx.io.stderr(`${t.exported(cases.length, out, secret !== undefined, note)}\n`);
  });
}

/** Refusal to replace a backup that holds cases (or may: an encrypted one) with an empty one. */
function emptyOverFull(out: string, cases: number | undefined): CliFailure {
  return failure((m) => m.failure.emptyOverFull(out, cases));
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
      const t = MESSAGES[ctx.locale].backup;
      ctx.io.stdout(`${t.imported(cases.length, profiles.length, evidence.length)}\n`);
      if (unusedEvidence.length > 0) {
        const names = unusedEvidence.map(terminalValue).join(', ');
        ctx.io.stderr(`${t.notImported(unusedEvidence.length, names)}\n`);
      }
    },
    'create',
  );
}

function readImportFile(file: string): string {
  const size = inputFileSize(file);
  if (size > MAX_IMPORT_BYTES) {
    throw failure((m) => m.failure.importTooLarge(basename(file)));
  }
  return readInputFile(file).toString('utf8');
}

/** "case a, person b": the unreadable records by kind and id, for the warnings. */
function recordList(
  records: readonly { kind: 'case' | 'profile'; id: string }[],
  n: number,
  names: Readonly<Record<'case' | 'profile', string>>,
): string {
  const shown = records.slice(0, 10).map((r) => `${names[r.kind]} ${terminalValue(r.id)}`);
  return shown.length === 0 ? '' : `${shown.join(', ')}${n > shown.length ? ', …' : ''}`;
}

/** Tells on stderr how many stored records could not be read (none: says nothing). */
export function warnUnreadable(
  ctx: CaseContext,
  unreadable: number,
  use: 'list' | 'export' | 'calendar' = 'list',
  records: readonly { kind: 'case' | 'profile'; id: string }[] = [],
): void {
  if (unreadable === 0) return;
  const t = MESSAGES[ctx.locale].backup;
  const what = t.unreadable(unreadable, recordList(records, unreadable, t.record));
  const text =
    use === 'list'
      ? t.unreadableInList(what, unreadable)
      : use === 'export'
        ? t.unreadableInExport(what, unreadable)
        : t.unreadableInCalendar(what, unreadable);
  ctx.io.stderr(`${text}\n`);
}

function incompleteBackup(unreadable: number, path: string): CliFailure {
  return failure((m) => m.failure.incompleteBackup(unreadable, path));
}

/**
 * The passphrase of an encrypted backup: from WIDERSPRUCH_PASSPHRASE (scripts), else asked in
 * the terminal without echo (twice when encrypting). Without either, a usage error.
 */
async function passphrase(ctx: CaseContext, purpose: 'encrypt' | 'decrypt'): Promise<string> {
  const t = MESSAGES[ctx.locale].backup;
  const fromEnv = ctx.io.env.WIDERSPRUCH_PASSPHRASE;
  let secret: string;
  if (fromEnv !== undefined && fromEnv !== '') {
    secret = fromEnv;
    // Said, so that a forgotten variable in a terminal does not pass unnoticed.
    ctx.io.stderr(`${t.passphraseFromEnv}\n`);
  } else if (!ctx.io.interactive) {
    throw usageError(says((m) => m.input.passphraseNeeded));
  } else {
    const p = await import('@clack/prompts');
    const cancelled = says((m) => m.input.cancelled);
    const first = await p.password({
      message: t.passphrase,
      mask: '•',
    });
    if (p.isCancel(first)) throw usageError(cancelled);
    secret = first;
    if (purpose === 'encrypt') {
      const again = await p.password({
        message: t.passphraseAgain,
        mask: '•',
      });
      if (p.isCancel(again)) throw usageError(cancelled);
      if (again !== first) {
        throw usageError(says((m) => m.input.passphrasesDiffer));
      }
    }
  }
  if (purpose === 'encrypt' && secret.length < MIN_PASSPHRASE_LENGTH) {
    throw usageError(says((m) => m.input.passphraseTooShort(MIN_PASSPHRASE_LENGTH)));
  }
  return secret;
}
