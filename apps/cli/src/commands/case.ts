import { type Catalog, findPlatform } from '@widerspruch/catalog';
import type { Locale } from '@widerspruch/catalog/locales';
import {
  type Case,
  type CaseEvent,
  type CaseRepository,
  lookupPlatform,
  type SubmissionChannel,
  sortByAttention,
} from '@widerspruch/core';
import { fromProblems } from '../core-problems.js';
import { says, usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { caseJson, renderCase, renderCaseList } from '../render/case.js';
import { styleFor } from '../render/style.js';
import { MESSAGES } from '../text/messages.js';
import { warnUnreadable } from './case-backup.js';
import { defaultProfileName, parseAccount, parseDay, parseProfileName } from './case-input.js';
import { profileFor, withStore } from './case-store.js';
import { printJson } from './context.js';

/** Options every case command takes. */
export interface CaseContext {
  readonly io: CliIo;
  readonly catalog: Catalog;
  readonly locale: Locale;
  readonly store?: string;
}

/**
 * The options of a command whose wording is still written in the catalog's authored
 * languages only (the letter command): the person's language mapped to German or English.
 */

/**
 * `case add <platform> --account <label> [--submitted <date> [--via <how>]]`: prints the new
 * id last. `--via web-form` tracks the objection by its confirmation e-mail, not by a month.
 * A blank or too long account or profile name is a usage error, like a missing --account.
 */
export async function runCaseAdd(
  ctx: CaseContext,
  platformId: string,
  opts: {
    account: string;
    submitted?: string;
    via?: SubmissionChannel;
    profile?: string;
    json?: boolean;
  },
): Promise<void> {
  const platform = lookupPlatform(ctx.catalog, platformId.toLowerCase());
  if (!platform.ok) throw fromProblems(platform.problems, ['unknown-platform']);
  const account = parseAccount(opts.account);
  const profileName =
    opts.profile === undefined ? defaultProfileName(ctx.locale) : parseProfileName(opts.profile);
  const today = ctx.io.today();
  const submitted =
    opts.submitted === undefined ? undefined : parseDay(opts.submitted, today, '--submitted');
  if (opts.via !== undefined && submitted === undefined) {
    throw usageError(says((m) => m.input.viaWithoutSubmitted));
  }
  const via = opts.via === undefined ? {} : { via: opts.via };
  await withStore(
    ctx.io,
    ctx.store,
    async (store) => {
      const profile = await profileFor(store, profileName, ctx.io);
      const at = ctx.io.now();
      const event: CaseEvent =
        submitted === undefined
          ? { id: crypto.randomUUID(), kind: 'drafted', at }
          : { id: crypto.randomUUID(), kind: 'submitted', at, date: submitted, ...via };
      const c: Case = {
        id: crypto.randomUUID(),
        platform: platform.value.id,
        account,
        profile,
        createdAt: at,
        events: [event],
      };
      await store.putCase(c);
      // --json prints only JSON (the id is in it); the text ends with the id for scripts.
      if (opts.json) printJson(ctx.io, caseJson(c, today, ctx.locale, ctx.catalog));
      else {
        ctx.io.stdout(
          renderCase(c, ctx.catalog, today, ctx.locale, styleFor(ctx.io), ctx.io.columns),
        );
        ctx.io.stdout(`${c.id}\n`);
      }
    },
    'create',
  );
}

/** `case list`: every case, what needs attention first. */
export async function runCaseList(ctx: CaseContext, opts: { json?: boolean }): Promise<void> {
  await withStore(ctx.io, ctx.store, async (store) => {
    const { cases, unreadable } = await store.loadAll();
    const today = ctx.io.today();
    warnUnreadable(ctx, unreadable, 'list', unreadable > 0 ? store.unreadableRecords() : []);
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

/**
 * `case delete <id> [--yes]`: deletes a case for good. In a terminal it asks first; without
 * a terminal (scripts) it needs `--yes`, and without it is a usage error that deletes nothing.
 */
export async function runCaseDelete(
  ctx: CaseContext,
  id: string,
  opts: { yes?: boolean } = {},
): Promise<void> {
  await withStore(ctx.io, ctx.store, async (store) => {
    const c = await findCase(store, id);
    if (!opts.yes && !(await confirmDelete(ctx, c))) {
      ctx.io.stdout(`${MESSAGES[ctx.locale].case.nothingDeleted}\n`);
      return;
    }
    await store.deleteCase(c.id);
    ctx.io.stdout(`${MESSAGES[ctx.locale].case.deleted(c.id)}\n`);
  });
}

async function confirmDelete(ctx: CaseContext, c: Case): Promise<boolean> {
  const name = findPlatform(ctx.catalog, c.platform)?.name ?? c.platform;
  if (!ctx.io.interactive) {
    throw usageError(says((m) => m.input.deleteNeedsYes(name, c.account || '–', c.id)));
  }
  const p = await import('@clack/prompts');
  const t = MESSAGES[ctx.locale].case;
  const answer = await p.confirm({
    message: t.confirmDelete(name, c.account || '–', c.id.slice(0, 8)),
    active: t.yes,
    inactive: t.no,
    initialValue: false,
  });
  return answer === true;
}

/** Finds a case by its id or a unique prefix of at least four characters. */
export async function findCase(store: CaseRepository, id: string): Promise<Case> {
  const { cases, unreadable } = await store.loadAll();
  const exact = cases.find((c) => c.id === id);
  if (exact) return exact;
  if (id.length < 4) throw usageError(says((m) => m.input.idTooShort(id)));
  const matches = cases.filter((c) => c.id.startsWith(id));
  if (matches.length === 1 && matches[0]) return matches[0];
  throw usageError(
    says((m) =>
      matches.length > 1
        ? m.input.idAmbiguous(id)
        : unreadable > 0
          ? m.input.noReadableCase(id, unreadable)
          : m.input.noCase(id),
    ),
  );
}
