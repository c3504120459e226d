import { findController, findPlatform } from '@widerspruch/catalog';
import {
  type CaseEvent,
  closestMatch,
  isGroundId,
  LETTER_KINDS,
  type LetterKind,
  sha256Hex,
  summarizeCase,
} from '@widerspruch/core';
import { renderLetterEml } from '@widerspruch/core/eml';
import {
  type AuthorityChoice,
  composeLetter,
  findAuthorities,
  LETTER_EVENT,
  type Letter,
  renderLetterText,
  type Sender,
} from '@widerspruch/core/letters';
import { CliFailure, EXIT, usageError } from '../errors.js';
import { freshFileName, writeOutputFile } from '../files.js';
import type { CaseContext } from './case.js';
import { findCase } from './case.js';
import { withStore } from './case-store.js';

interface LetterOptions {
  readonly case: string;
  readonly format: string;
  readonly out?: string;
  readonly name?: string;
  readonly address?: string;
  readonly email?: string;
  readonly saveSender?: boolean;
  readonly country?: string;
  readonly region?: string;
  readonly reason: string[];
  readonly note?: string;
  readonly record?: boolean;
}

const FORMATS = ['text', 'eml', 'pdf'] as const;

/** `letter <kind> --case <id> --format text|eml|pdf`: writes a letter from a case. */
export async function runLetter(
  ctx: CaseContext,
  kindArg: string,
  opts: LetterOptions,
): Promise<void> {
  const kind = parseKind(kindArg);
  const format = parseFormat(opts.format);
  for (const g of opts.reason)
    if (!isGroundId(g))
      throw usageError({
        de: `Den Grund „${g}“ gibt es nicht (siehe: widerspruch text --list-reasons).`,
        en: `There is no reason "${g}" (see: widerspruch text --list-reasons).`,
      });
  await withStore(ctx.io, ctx.store, async (store) => {
    const sender = resolveSender(opts, store.getSetting('sender'));
    if (opts.saveSender) store.putSetting('sender', sender);
    const c = await findCase(store, opts.case);
    const platform = findPlatform(ctx.catalog, c.platform);
    const controller = platform && findController(ctx.catalog, platform.controller);
    if (!platform || !controller)
      throw new CliFailure(
        [
          {
            de: 'Die Plattform des Falls ist nicht im Katalog.',
            en: "The case's platform is not in the catalog.",
          },
        ],
        EXIT.failure,
      );
    const today = ctx.io.today();
    const finding = findAuthorities(ctx.catalog, controller, {
      ...(opts.country ? { country: opts.country } : {}),
      ...(opts.region ? { region: opts.region } : {}),
    });
    const choice = finding.recommended;
    if (kind === 'complaint') explainAuthority(ctx, choice, finding.notice);
    const lead = finding.choices.find((x) => x.role === 'lead')?.authority;
    const letter = composeLetter(kind, {
      locale: ctx.locale,
      today,
      sender,
      case: c,
      summary: summarizeCase(c, today),
      platform,
      controller,
      ...(choice
        ? { authority: { record: choice.authority, reason: choice.reason[ctx.locale] } }
        : {}),
      ...(lead ? { leadAuthority: lead } : {}),
      grounds: opts.reason.filter(isGroundId),
      ...(opts.note ? { note: opts.note } : {}),
    });
    const bytes = await render(letter, format, ctx);
    // A default name names the platform and never replaces an earlier letter.
    const out =
      opts.out ??
      (format === 'pdf'
        ? freshFileName(`widerspruch-${kind}-${c.platform}-${today}.pdf`)
        : undefined);
    if (out === undefined) ctx.io.stdout(new TextDecoder().decode(bytes));
    else {
      writeOutputFile(out, bytes);
      ctx.io.stderr(ctx.locale === 'de' ? `Gespeichert: ${out}\n` : `Saved: ${out}\n`);
    }
    if (opts.record) await record(ctx, store, c.id, kind, format, bytes, today);
  });
}

async function render(
  letter: Letter,
  format: (typeof FORMATS)[number],
  ctx: CaseContext,
): Promise<Uint8Array> {
  if (format === 'text') return new TextEncoder().encode(renderLetterText(letter));
  if (format === 'eml')
    return new TextEncoder().encode(renderLetterEml(letter, new Date(ctx.io.now())));
  const { renderPdf } = await import('../render/pdf.js');
  return renderPdf(letter);
}

async function record(
  ctx: CaseContext,
  store: Parameters<Parameters<typeof withStore>[2]>[0],
  caseId: string,
  kind: LetterKind,
  format: string,
  bytes: Uint8Array,
  today: string,
): Promise<void> {
  const at = ctx.io.now();
  const sha256 = await sha256Hex(bytes);
  const name = `${kind}-${today}.${format === 'text' ? 'txt' : format}`;
  const mediaType =
    format === 'pdf' ? 'application/pdf' : format === 'eml' ? 'message/rfc822' : 'text/plain';
  await store.putEvidence({ sha256, name, mediaType, bytes });
  const events: CaseEvent[] = [
    {
      id: crypto.randomUUID(),
      kind: 'evidence-added',
      at,
      date: today,
      evidence: { sha256, name, mediaType, size: bytes.length },
    },
  ];
  const eventKind = LETTER_EVENT[kind];
  if (eventKind) events.push({ id: crypto.randomUUID(), kind: eventKind, at, date: today });
  await store.appendEvents(caseId, events);
  ctx.io.stderr(
    ctx.locale === 'de'
      ? `Im Fall eingetragen: ${eventKind ?? 'evidence-added'}\n`
      : `Recorded in the case: ${eventKind ?? 'evidence-added'}\n`,
  );
}

function explainAuthority(
  ctx: CaseContext,
  choice: AuthorityChoice | undefined,
  notice: { de: string; en: string } | undefined,
): void {
  if (notice) ctx.io.stderr(`${notice[ctx.locale]}\n`);
  if (choice)
    ctx.io.stderr(`→ ${choice.authority.title[ctx.locale]}: ${choice.reason[ctx.locale]}\n`);
}

function resolveSender(opts: LetterOptions, saved: unknown): Sender {
  const stored = (saved ?? {}) as Partial<Sender>;
  const name = opts.name ?? stored.name;
  if (!name) {
    throw usageError({
      de: 'Wer schreibt den Brief? Geben Sie --name und --address an (einmal mit --save-sender speichern, dann reicht es).',
      en: 'Who is writing the letter? Give --name and --address (save them once with --save-sender).',
    });
  }
  const address =
    opts.address !== undefined ? splitAddress(opts.address) : [...(stored.address ?? [])];
  const email = opts.email ?? stored.email;
  return { name, address, ...(email ? { email } : {}) };
}

/** "Musterstraße 1, 10115 Berlin" or lines separated by newlines → address lines. */
export function splitAddress(value: string): string[] {
  return value
    .split(/[\n;,]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function parseKind(value: string): LetterKind {
  if ((LETTER_KINDS as readonly string[]).includes(value)) return value as LetterKind;
  const guess = closestMatch(value, LETTER_KINDS);
  throw usageError({
    de: `Die Briefart „${value}“ gibt es nicht.${guess ? ` Meinten Sie „${guess}“?` : ''} Möglich: ${LETTER_KINDS.join(', ')}.`,
    en: `There is no letter kind "${value}".${guess ? ` Did you mean "${guess}"?` : ''} Possible: ${LETTER_KINDS.join(', ')}.`,
  });
}

function parseFormat(value: string): (typeof FORMATS)[number] {
  if ((FORMATS as readonly string[]).includes(value)) return value as (typeof FORMATS)[number];
  const guess = closestMatch(value, FORMATS);
  throw usageError({
    de: `Das Format „${value}“ gibt es nicht.${guess ? ` Meinten Sie „${guess}“?` : ''} Möglich: text, eml, pdf.`,
    en: `There is no format "${value}".${guess ? ` Did you mean "${guess}"?` : ''} Possible: text, eml, pdf.`,
  });
}
