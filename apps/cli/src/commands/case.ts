import { basename } from 'node:path';
import type { Catalog, Locale } from '@widerspruch/catalog';
import {
  type Case,
  type CaseEvent,
  type CaseRepository,
  lookupPlatform,
  parseExport,
  serializeExport,
  sortByAttention,
} from '@widerspruch/core';
import { CliFailure, EXIT, fromProblems, usageError } from '../errors.js';
import { inputFileSize, readInputFile, writeOutputFile } from '../files.js';
import type { CliIo } from '../io.js';
import { caseJson, renderCase, renderCaseList } from '../render/case.js';
import { styleFor } from '../render/style.js';
import { defaultProfileName, parseDay } from './case-input.js';
import { profileFor, withStore } from './case-store.js';
import { printJson } from './context.js';

/** Options every case command takes. */
export interface CaseContext {
  readonly io: CliIo;
  readonly catalog: Catalog;
  readonly locale: Locale;
  readonly store?: string;
}

/** `case add <platform> --account <label> [--submitted <date>]`: prints the new id last. */
export async function runCaseAdd(
  ctx: CaseContext,
  platformId: string,
  opts: { account: string; submitted?: string; profile?: string; json?: boolean },
): Promise<void> {
  const platform = lookupPlatform(ctx.catalog, platformId.toLowerCase());
  if (!platform.ok) throw fromProblems(platform.problems, ['unknown-platform']);
  const today = ctx.io.today();
  const submitted =
    opts.submitted === undefined ? undefined : parseDay(opts.submitted, today, '--submitted');
  await withStore(ctx.io, ctx.store, async (store) => {
    const profile = await profileFor(store, opts.profile ?? defaultProfileName(ctx.locale), ctx.io);
    const at = ctx.io.now();
    const event: CaseEvent =
      submitted === undefined
        ? { id: crypto.randomUUID(), kind: 'drafted', at }
        : { id: crypto.randomUUID(), kind: 'submitted', at, date: submitted };
    const c: Case = {
      id: crypto.randomUUID(),
      platform: platform.value.id,
      account: opts.account.trim(),
      profile,
      createdAt: at,
      events: [event],
    };
    await store.putCase(c);
    if (opts.json) printJson(ctx.io, caseJson(c, today, ctx.locale, ctx.catalog));
    else
      ctx.io.stdout(
        renderCase(c, ctx.catalog, today, ctx.locale, styleFor(ctx.io), ctx.io.columns),
      );
    ctx.io.stdout(`${c.id}\n`);
  });
}

/** `case list`: every case, what needs attention first. */
export async function runCaseList(ctx: CaseContext, opts: { json?: boolean }): Promise<void> {
  await withStore(ctx.io, ctx.store, async (store) => {
    const { cases, unreadable } = await store.loadAll();
    const today = ctx.io.today();
    warnUnreadable(ctx, unreadable);
    if (opts.json) {
      printJson(ctx.io, {
        cases: sortByAttention(cases, today).map((c) =>
          caseJson(c, today, ctx.locale, ctx.catalog),
        ),
      });
    } else {
      ctx.io.stdout(renderCaseList(cases, ctx.catalog, today, ctx.locale, styleFor(ctx.io)));
    }
  });
}

/** `case show <id>`: state, due date with its rule, next action, timeline. */
export async function runCaseShow(
  ctx: CaseContext,
  id: string,
  opts: { json?: boolean },
): Promise<void> {
  await withStore(ctx.io, ctx.store, async (store) => {
    const c = await findCase(store, id);
    const today = ctx.io.today();
    if (opts.json) printJson(ctx.io, caseJson(c, today, ctx.locale, ctx.catalog));
    else
      ctx.io.stdout(
        renderCase(c, ctx.catalog, today, ctx.locale, styleFor(ctx.io), ctx.io.columns),
      );
  });
}

/** `case delete <id>`. */
export async function runCaseDelete(ctx: CaseContext, id: string): Promise<void> {
  await withStore(ctx.io, ctx.store, async (store) => {
    const c = await findCase(store, id);
    await store.deleteCase(c.id);
    ctx.io.stdout(ctx.locale === 'de' ? `Gelöscht: ${c.id}\n` : `Deleted: ${c.id}\n`);
  });
}

/** Finds a case by its id or a unique prefix of at least four characters. */
export async function findCase(store: CaseRepository, id: string): Promise<Case> {
  const { cases } = await store.loadAll();
  const exact = cases.find((c) => c.id === id);
  if (exact) return exact;
  const matches = id.length >= 4 ? cases.filter((c) => c.id.startsWith(id)) : [];
  if (matches.length === 1 && matches[0]) return matches[0];
  throw usageError(
    matches.length > 1
      ? {
          de: `„${id}“ passt zu mehreren Fällen; geben Sie mehr Zeichen der Nummer an.`,
          en: `"${id}" matches several cases; give more characters of the id.`,
        }
      : {
          de: `Einen Fall „${id}“ gibt es nicht. Alle Fälle zeigt: widerspruch case list`,
          en: `There is no case "${id}". See all cases with: widerspruch case list`,
        },
  );
}

/** `case export [--out <file>]`: the portable JSON file, evidence included. */
export async function runCaseExport(ctx: CaseContext, opts: { out?: string }): Promise<void> {
  await withStore(ctx.io, ctx.store, async (store) => {
    const { profiles, cases } = await store.loadAll();
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
        ? `${cases.length} Fälle gespeichert in ${opts.out}\n`
        : `${cases.length} cases saved to ${opts.out}\n`,
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
        ? `Eingelesen: ${cases.length} Fälle, ${profiles.length} Personen, ${evidence.length} Nachweise.\n`
        : `Imported: ${cases.length} cases, ${profiles.length} people, ${evidence.length} evidence files.\n`,
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

function warnUnreadable(ctx: CaseContext, unreadable: number): void {
  if (unreadable === 0) return;
  ctx.io.stderr(
    ctx.locale === 'de'
      ? `Hinweis: ${unreadable} gespeicherte Einträge sind unlesbar und werden nicht angezeigt; sie bleiben unverändert erhalten.\n`
      : `Note: ${unreadable} stored records cannot be read and are not shown; they are kept unchanged.\n`,
  );
}
