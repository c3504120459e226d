import { basename } from 'node:path';
import { parseExport, serializeExport } from '@widerspruch/core';
import { CliFailure, EXIT, fromProblems } from '../errors.js';
import { inputFileSize, readInputFile, writeOutputFile } from '../files.js';
import type { CaseContext } from './case.js';
import { withStore } from './case-store.js';

/**
 * `case export [--out <file>] [--skip-unreadable]`: the portable JSON file, evidence
 * included. A backup must not be silently incomplete: when stored records cannot be read,
 * nothing is written and the command fails (exit 1), unless `--skip-unreadable` asks for a
 * backup of the readable records; then it warns on stderr with their number.
 */
export async function runCaseExport(
  ctx: CaseContext,
  opts: { out?: string; skipUnreadable?: boolean },
): Promise<void> {
  await withStore(ctx.io, ctx.store, async (store, path) => {
    const { profiles, cases, unreadable } = await store.loadAll();
    if (unreadable > 0 && !opts.skipUnreadable) throw incompleteBackup(unreadable, path);
    warnUnreadable(ctx, unreadable, 'export');
    const text = serializeExport(
      { profiles, cases, evidence: await store.allEvidence() },
      ctx.io.now(),
    );
    if (opts.out === undefined) {
      ctx.io.stdout(text);
      return;
    }
    writeOutputFile(opts.out, text);
    ctx.io.stderr(
      ctx.locale === 'de'
        ? `${count(cases.length, 'Fall', 'Fälle')} gespeichert in ${opts.out}\n`
        : `${count(cases.length, 'case', 'cases')} saved to ${opts.out}\n`,
    );
  });
}

const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** `case import <file>`: merges an export (from the CLI or the web app) into the store. */
export async function runCaseImport(ctx: CaseContext, file: string): Promise<void> {
  const text = readImportFile(file);
  const parsed = await parseExport(
    text,
    ctx.catalog.platforms.map((p) => p.id),
  );
  if (!parsed.ok) throw fromProblems(parsed.problems, []);
  await withStore(ctx.io, ctx.store, async (store) => {
    await store.importData(parsed.value);
    const { cases, profiles, evidence } = { evidence: [], ...parsed.value };
    ctx.io.stdout(
      ctx.locale === 'de'
        ? `Eingelesen: ${count(cases.length, 'Fall', 'Fälle')}, ${count(profiles.length, 'Person', 'Personen')}, ${count(evidence.length, 'Nachweis', 'Nachweise')}.\n`
        : `Imported: ${count(cases.length, 'case', 'cases')}, ${count(profiles.length, 'person', 'people')}, ${count(evidence.length, 'evidence file', 'evidence files')}.\n`,
    );
  });
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

/** "1 Fall", "2 Fälle": a number with the noun in singular or plural. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 gespeicherter Eintrag ist unlesbar", "2 gespeicherte Einträge sind unlesbar". */
function unreadableRecords(n: number): { de: string; en: string } {
  return n === 1
    ? { de: '1 gespeicherter Eintrag ist unlesbar', en: '1 stored record cannot be read' }
    : { de: `${n} gespeicherte Einträge sind unlesbar`, en: `${n} stored records cannot be read` };
}

/** Tells on stderr how many stored records could not be read (none: says nothing). */
export function warnUnreadable(
  ctx: CaseContext,
  unreadable: number,
  use: 'list' | 'export' | 'calendar' = 'list',
): void {
  if (unreadable === 0) return;
  const what = unreadableRecords(unreadable);
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
