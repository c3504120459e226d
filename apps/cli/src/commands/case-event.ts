import { basename, extname } from 'node:path';
import { findPlatform } from '@widerspruch/catalog';
import {
  type Case,
  type CaseEvent,
  checkEvidenceSize,
  type EmailSummary,
  extensionRange,
  isEmailFile,
  type SubmissionChannel,
  sha256Hex,
  sortByAttention,
} from '@widerspruch/core';
import { emailDay, looksLikeMetaConfirmation, readEmail } from '@widerspruch/core/email';
import { caseDates, renderCalendarIcs } from '@widerspruch/core/ics';
import { fromProblems } from '../core-problems.js';
import { failure, says, usageError } from '../errors.js';
import { inputFileSize, outputTarget, readInputFile, writeOutputFile } from '../files.js';
import { caseJson } from '../render/case.js';
import { eventKindLabel } from '../render/event-kind.js';
import { terminalBlock, terminalValue } from '../render/terminal.js';
import { MESSAGES } from '../text/messages.js';
import type { CaseContext } from './case.js';
import { findCase } from './case.js';
import { warnUnreadable } from './case-backup.js';
import {
  type CliEventKind,
  parseDay,
  parseEventKind,
  parseNote,
  parseReplyKind,
} from './case-input.js';
import { withStore } from './case-store.js';
import { printJson } from './context.js';

interface EventOptions {
  readonly date?: string;
  readonly file?: string;
  readonly note?: string;
  readonly reply?: string;
  /** With `submitted`: how it was sent (web-form: the tracker waits for the confirmation). */
  readonly via?: SubmissionChannel;
  readonly json?: boolean;
}

/** The file types `--file` keeps as evidence, by extension. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.eml': 'message/rfc822',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain',
};

/**
 * `case event <id> <kind>`: records what happened, optionally with a file as evidence.
 * Refused as usage errors: a note longer than the store keeps, evidence of a type not in
 * {@link MEDIA_TYPES}, and an extended deadline outside the range Art. 12(3) GDPR allows.
 */
export async function runCaseEvent(
  ctx: CaseContext,
  id: string,
  kindArg: string,
  opts: EventOptions,
): Promise<void> {
  const kind = parseEventKind(kindArg);
  const today = ctx.io.today();
  const date =
    opts.date === undefined
      ? undefined
      : parseDay(opts.date, today, '--date', kind === 'deadline-extended');
  const reply = opts.reply === undefined ? undefined : parseReplyKind(opts.reply);
  if (reply !== undefined && kind !== 'reply-received') {
    throw usageError(says((m) => m.input.replyWithoutReplyReceived));
  }
  if (kind === 'evidence' && opts.file === undefined) {
    throw usageError(says((m) => m.input.evidenceWithoutFile));
  }
  if (opts.via !== undefined && kind !== 'submitted') {
    throw usageError(says((m) => m.input.viaWithoutSubmittedEvent));
  }
  const note = opts.note === undefined ? undefined : parseNote(opts.note);
  if (kind === 'note' && !note) throw usageError(says((m) => m.input.noteWithoutNote));
  const file = opts.file === undefined ? undefined : await readEvidence(opts.file);
  await withStore(ctx.io, ctx.store, async (store) => {
    const c = await findCase(store, id);
    if (kind === 'deadline-extended') checkExtension(c, date);
    const at = ctx.io.now();
    const events: CaseEvent[] = [];
    if (file !== undefined) {
      events.push({
        id: crypto.randomUUID(),
        kind: 'evidence-added',
        at,
        evidence: file.meta,
        ...(date ? { date } : {}),
      });
    }
    if (kind !== 'evidence') {
      events.push({
        id: crypto.randomUUID(),
        kind,
        at,
        ...(date ? { date } : {}),
        ...(note ? { note } : {}),
        ...(reply ? { reply } : {}),
        ...(opts.via ? { via: opts.via } : {}),
      });
    }
    // The file is kept with its event, in one transaction: a refused event keeps no file.
    const updated = await store.appendEvents(c.id, events, file === undefined ? [] : [file.blob]);
    if (opts.json) printJson(ctx.io, caseJson(updated, today, ctx.locale, ctx.catalog));
    else ctx.io.stdout(confirmation(ctx, updated.id, kind, file?.email));
    if (file?.email && kind !== 'confirmation-received' && looksLikeMetaConfirmation(file.email)) {
      const day = emailDay(file.email) ?? today;
      ctx.io.stderr(`${MESSAGES[ctx.locale].case.metaConfirmation(updated.id, day)}\n`);
    }
  });
}

/**
 * An extension needs a submission to count from, and the new deadline must lie after the
 * one-month due date and at most three months after receipt (Art. 12(3) GDPR).
 */
function checkExtension(c: Case, date: string | undefined): void {
  const range = extensionRange(c);
  if (range === undefined) {
    throw usageError(says((m) => m.input.extensionBeforeSubmitted(c.id)));
  }
  if (date === undefined || (date >= range.earliest && date <= range.latest)) return;
  throw usageError(says((m) => m.input.extensionOutOfRange(range.earliest, range.latest, date)));
}

function confirmation(
  ctx: CaseContext,
  id: string,
  kind: CliEventKind,
  email: EmailSummary | undefined,
): string {
  const t = MESSAGES[ctx.locale].case;
  const lines = [t.recorded(eventKindLabel(kind, ctx.locale), id)];
  if (email) {
    lines.push(
      // The e-mail's own header fields, by their names.
      `  From: ${terminalValue(email.from ?? '–')}`,
      `  Subject: ${terminalValue(email.subject ?? '–')}`,
      `  Date: ${terminalValue(email.date ?? '–')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function readEvidence(path: string) {
  const size = inputFileSize(path);
  const name = basename(path);
  const mediaType = MEDIA_TYPES[extname(name).toLowerCase()];
  if (mediaType === undefined) {
    const list = Object.keys(MEDIA_TYPES).join(', ');
    throw usageError(says((m) => m.input.evidenceType(name, list)));
  }
  // Check the size before reading, so that a huge file is never loaded into memory.
  const checked = checkEvidenceSize({ name, size });
  if (!checked.ok) throw fromProblems(checked.problems, ['too-large', 'empty']);
  const bytes = new Uint8Array(readInputFile(path));
  let email: EmailSummary | undefined;
  if (isEmailFile({ name, mediaType })) {
    const read = await readEmail(bytes);
    if (!read.ok) throw fromProblems(read.problems, ['unreadable-email']);
    email = read.value;
  }
  const sha256 = await sha256Hex(bytes);
  const meta = {
    sha256,
    name,
    mediaType,
    size: bytes.length,
    ...(email
      ? {
          email: {
            ...(email.from ? { from: email.from } : {}),
            ...(email.subject ? { subject: email.subject } : {}),
            ...(email.date ? { date: email.date } : {}),
          },
        }
      : {}),
  };
  return { blob: { sha256, name, mediaType, bytes }, meta, email };
}

/**
 * `remind <id> [--ics] [--out <file>]`: a calendar file (iCalendar, the only format, so
 * `--ics` may be left out) for the case's due dates: the objection's and those of access and
 * erasure requests. `remind --all`: the due dates of every case in one file.
 */
export async function runRemind(
  ctx: CaseContext,
  id: string | undefined,
  opts: { all?: boolean; ics?: boolean; out?: string },
): Promise<void> {
  if ((id === undefined) === (opts.all !== true)) {
    throw usageError(
      says((m) => (id === undefined ? m.input.remindWhich : m.input.remindEitherOr)),
    );
  }
  await withStore(ctx.io, ctx.store, async (store) => {
    const today = ctx.io.today();
    let cases: readonly Case[];
    if (id === undefined) {
      const loaded = await store.loadAll();
      warnUnreadable(
        ctx,
        loaded.unreadable,
        'calendar',
        loaded.unreadable > 0 ? store.unreadableRecords() : [],
      );
      cases = sortByAttention(loaded.cases, today);
    } else cases = [await findCase(store, id)];
    const dates = cases.flatMap((c) => {
      const platformName = findPlatform(ctx.catalog, c.platform)?.name ?? c.platform;
      return caseDates(c, today, platformName) ?? [];
    });
    if (dates.length === 0) {
      throw failure((m) => (id === undefined ? m.failure.noDeadlineAll : m.failure.noDeadlineOne));
    }
    const ics = renderCalendarIcs(dates, ctx.locale, ctx.io.now());
    const out = outputTarget(opts.out);
    if (out === undefined) ctx.io.stdout(terminalBlock(ics));
    else {
      writeOutputFile(out, ics);
      ctx.io.stderr(`${MESSAGES[ctx.locale].case.saved(out)}\n`);
    }
  });
}
