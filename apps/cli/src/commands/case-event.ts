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
import { CliFailure, EXIT, fromProblems, usageError } from '../errors.js';
import { inputFileSize, outputTarget, readInputFile, writeOutputFile } from '../files.js';
import { caseJson } from '../render/case.js';
import { eventKindLabel } from '../render/event-kind.js';
import { terminalBlock, terminalValue } from '../render/terminal.js';
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
    throw usageError({
      de: '--reply gehört zu reply-received.',
      en: '--reply goes with reply-received.',
    });
  }
  if (kind === 'evidence' && opts.file === undefined) {
    throw usageError({
      de: 'evidence braucht --file <pfad>.',
      en: 'evidence needs --file <path>.',
    });
  }
  if (opts.via !== undefined && kind !== 'submitted') {
    throw usageError({
      de: '--via gehört zu submitted: Es sagt, wie der Widerspruch abgeschickt wurde.',
      en: '--via goes with submitted: it says how the objection was sent.',
    });
  }
  const note = opts.note === undefined ? undefined : parseNote(opts.note);
  if (kind === 'note' && !note)
    throw usageError({ de: 'note braucht --note <text>.', en: 'note needs --note <text>.' });
  const file = opts.file === undefined ? undefined : await readEvidence(opts.file);
  await withStore(ctx.io, ctx.store, async (store) => {
    const c = await findCase(store, id);
    if (kind === 'deadline-extended') checkExtension(c, date);
    const at = ctx.io.now();
    const events: CaseEvent[] = [];
    if (file !== undefined) {
      await store.putEvidence(file.blob);
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
    const updated = await store.appendEvents(c.id, events);
    if (opts.json) printJson(ctx.io, caseJson(updated, today, ctx.locale, ctx.catalog));
    else ctx.io.stdout(confirmation(ctx, updated.id, kind, file?.email));
    if (file?.email && kind !== 'confirmation-received' && looksLikeMetaConfirmation(file.email)) {
      const day = emailDay(file.email) ?? today;
      ctx.io.stderr(
        ctx.locale === 'de'
          ? `Diese E-Mail sieht wie Metas Bestätigung Ihres Widerspruchs aus. Eintragen mit:\n  widerspruch case event ${updated.id} confirmation-received --date ${day}\n`
          : `This e-mail looks like Meta's confirmation of your objection. Record it with:\n  widerspruch case event ${updated.id} confirmation-received --date ${day}\n`,
      );
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
    throw usageError({
      de: `Eine Fristverlängerung können Sie erst eintragen, wenn der Widerspruch als abgeschickt eingetragen ist. Tragen Sie das zuerst ein: widerspruch case event ${c.id} submitted --date JJJJ-MM-TT`,
      en: `A deadline can only be extended once the objection is sent. Record that first: widerspruch case event ${c.id} submitted --date YYYY-MM-DD`,
    });
  }
  if (date === undefined || (date >= range.earliest && date <= range.latest)) return;
  throw usageError({
    de: `--date: Das neue Fristende muss zwischen ${range.earliest} und ${range.latest} liegen: nach dem Ende der ersten Monatsfrist und höchstens drei Monate nach Eingang Ihres Widerspruchs (Art. 12 Abs. 3 DSGVO). ${date} liegt außerhalb dieses Zeitraums. Hat das Unternehmen ein späteres Datum genannt, tragen Sie ${range.latest} ein. Nennt es kein Datum, lassen Sie --date weg.`,
    en: `--date: the new deadline must lie between ${range.earliest} and ${range.latest}: after the end of the first month and at most three months after your objection was received (Art. 12(3) GDPR). ${date} is outside. If the company named a later date, enter ${range.latest}. If it names no date, leave out --date.`,
  });
}

function confirmation(
  ctx: CaseContext,
  id: string,
  kind: CliEventKind,
  email: EmailSummary | undefined,
): string {
  const label = eventKindLabel(kind, ctx.locale);
  const lines = [
    ctx.locale === 'de' ? `Eingetragen: ${label} (Fall ${id})` : `Recorded: ${label} (case ${id})`,
  ];
  if (email) {
    lines.push(
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
    throw usageError({
      de: `„${name}“ kann nicht als Nachweis gespeichert werden. Möglich sind Dateien mit der Endung ${list}. Speichern Sie den Nachweis z. B. als PDF oder Bildschirmfoto.`,
      en: `"${name}" cannot be kept as evidence. Possible are files ending in ${list}. Save the evidence as a PDF or a screenshot, for example.`,
    });
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
      id === undefined
        ? {
            de: 'Welcher Fall? Geben Sie eine Fallnummer an oder --all für alle Fälle.',
            en: 'Which case? Give a case id, or --all for every case.',
          }
        : {
            de: 'Entweder eine Fallnummer oder --all, nicht beides.',
            en: 'Either a case id or --all, not both.',
          },
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
      throw new CliFailure(
        [
          id === undefined
            ? {
                de: 'Für keinen Ihrer lesbaren Fälle läuft eine Frist (nichts abgeschickt oder alles beantwortet).',
                en: 'No deadline is running for any of your readable cases (nothing sent, or all answered).',
              }
            : {
                de: 'Für diesen Fall läuft keine Frist (noch nicht abgeschickt oder schon beantwortet).',
                en: 'No deadline is running for this case (not sent yet, or already answered).',
              },
        ],
        EXIT.failure,
      );
    }
    const ics = renderCalendarIcs(dates, ctx.locale, ctx.io.now());
    const out = outputTarget(opts.out);
    if (out === undefined) ctx.io.stdout(terminalBlock(ics));
    else {
      writeOutputFile(out, ics);
      ctx.io.stderr(ctx.locale === 'de' ? `Gespeichert: ${out}\n` : `Saved: ${out}\n`);
    }
  });
}
