import { extname } from 'node:path';
import { type Catalog, isLocale, LOCALES, type Locale, localText } from '@widerspruch/catalog';
import {
  type CaseEvent,
  closestMatch,
  isEmailAddress,
  isGroundId,
  LETTER_KINDS,
  type LetterKind,
  sha256Hex,
  summarizeCase,
} from '@widerspruch/core';
import { renderLetterEml } from '@widerspruch/core/eml';
import {
  type CaseLetter,
  type CaseLetterFailure,
  type CaseLetterRequest,
  composeCaseLetter,
  type Letter,
  type LetterChannel,
  letterNoteText,
  letterRecord,
  loadCaseLetterTexts,
  loadObjectionTemplate,
  renderLetterText,
  type Sender,
} from '@widerspruch/core/letters';
import { CliFailure, EXIT, usageError } from '../errors.js';
import { outputTarget, writeFreshFile, writeOutputFile } from '../files.js';
import { eventKindLabel } from '../render/event-kind.js';
import { terminalBlock } from '../render/terminal.js';
import type { CaseContext } from './case.js';
import { findCase } from './case.js';
import { withStore } from './case-store.js';
import { inEveryLanguage, LETTER_CLI_TEXT } from './letter-text/index.js';
import type { LetterCliText } from './letter-text/model.js';

interface LetterOptions {
  readonly case: string;
  /** Unset: taken from the extension of `out`, else text. */
  readonly format?: string;
  readonly out?: string;
  readonly name?: string;
  readonly address?: string;
  readonly email?: string;
  readonly saveSender?: boolean;
  readonly country?: string;
  readonly region?: string;
  readonly reason?: string[];
  readonly note?: string;
  readonly record?: boolean;
  /** For a complaint: a language the authority takes, instead of the one chosen for it. */
  readonly letterLang?: string;
  /** For a complaint in another language: print the same letter in the interface language. */
  readonly translation?: boolean;
}

const FORMATS = ['text', 'eml', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/** The file name extension of each format. */
const EXTENSION: Readonly<Record<Format, string>> = { text: 'txt', eml: 'eml', pdf: 'pdf' };

/** Formats recognised from the extension of `--out`. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.text': 'text',
  '.eml': 'eml',
  '.pdf': 'pdf',
};

/** `letter <kind> --case <id> --format text|eml|pdf`: writes a letter from a case. */
export async function runLetter(
  ctx: CaseContext,
  kindArg: string,
  opts: LetterOptions,
): Promise<void> {
  // Everything the person typed is checked before anything is written or saved.
  const kind = parseKind(kindArg);
  const format = resolveFormat(opts.format, opts.out);
  for (const g of opts.reason ?? [])
    if (!isGroundId(g)) throw usageError(inEveryLanguage((t) => t.unknownReason({ reason: g })));
  const residence = checkResidence(ctx.catalog, opts.country, opts.region);
  if (opts.email !== undefined) checkEmail(opts.email);
  const letterLocale = parseLetterLang(opts.letterLang, kind);
  if (opts.out === '-' && format === 'pdf') throw usageError(inEveryLanguage((t) => t.pdfToStdout));
  const text = LETTER_CLI_TEXT[ctx.locale];
  // An objection letter quotes the objection text's grounds heading in its language.
  await loadObjectionTemplate(ctx.locale);
  await withStore(ctx.io, ctx.store, async (store) => {
    const c = await findCase(store, opts.case);
    const today = ctx.io.today();
    // The sender is asked after the case: a letter that cannot be written needs none.
    const request = (sender: Sender): CaseLetterRequest => ({
      kind,
      catalog: ctx.catalog,
      case: c,
      today,
      sender,
      locale: ctx.locale,
      residence,
      ...(letterLocale ? { letterLocale } : {}),
      grounds: (opts.reason ?? []).filter(isGroundId),
      ...(opts.note ? { note: opts.note } : {}),
    });
    const compose = (sender: Sender) => composeCaseLetter(request(sender));
    // A complaint may be written in the authority's language: its wording loads now.
    await loadCaseLetterTexts(request({ name: '', address: [] }));
    const dryRun = compose({ name: '', address: [] });
    if (!dryRun.ok) throw failure(dryRun.failure, kind, c.id);
    const sender = resolveSender(opts, store.getSetting('sender'));
    const result = compose(sender);
    if (!result.ok) throw failure(result.failure, kind, c.id);
    const written = result.value;
    if (written.complaint) explainComplaint(ctx, written, text);
    const shown = opts.translation && written.translation ? written.translation : written.letter;
    if (shown !== written.letter)
      ctx.io.stderr(
        `${letterNoteText({ code: 'translation', language: written.letter.locale }, ctx.locale)}\n`,
      );
    const bytes = await render(shown, format, ctx);
    // A PDF goes to a file: a default name names the platform and never replaces an
    // earlier letter.
    let out = outputTarget(opts.out);
    if (out !== undefined) writeOutputFile(out, bytes);
    else if (format === 'pdf')
      out = writeFreshFile(`widerspruch-${kind}-${c.platform}-${today}.pdf`, bytes);
    if (out === undefined) ctx.io.stdout(terminalBlock(new TextDecoder().decode(bytes)));
    else ctx.io.stderr(`${text.saved({ file: out })}\n`);
    // A translation is for reading only: it is never recorded as the letter sent.
    if (opts.record && shown === written.letter)
      await record(ctx, store, written, c.id, format, bytes, today);
    // Saved only once the letter is written, so a failed command changes nothing.
    if (opts.saveSender) store.putSetting('sender', sender);
  });
}

/** `--letter-lang`: a language Widerspruch writes, for a complaint only. */
function parseLetterLang(value: string | undefined, kind: LetterKind): Locale | undefined {
  if (value === undefined) return undefined;
  if (kind !== 'complaint') throw usageError(inEveryLanguage((t) => t.letterLangOnlyComplaint));
  const code = value.trim().toLowerCase();
  if (isLocale(code)) return code;
  throw usageError(
    inEveryLanguage((t) => t.letterLangUnknown({ value, list: LOCALES.join(', ') })),
  );
}

/** Why no letter was written, as a CLI failure: what, why, and the command that helps. */
function failure(f: CaseLetterFailure, kind: LetterKind, caseId: string): CliFailure {
  switch (f.code) {
    case 'unknown-platform':
      return new CliFailure([inEveryLanguage((t) => t.platformMissing)], EXIT.failure);
    case 'no-authority':
      return usageError(inEveryLanguage((t) => t.noAuthority));
    case 'language-not-accepted':
      return usageError(
        inEveryLanguage((t) =>
          t.letterLangNotAccepted({
            value: f.letterLocale,
            authority: f.authority.shortName,
            codes: f.authority.languages.filter(isLocale).join(', ') || 'en',
          }),
        ),
      );
    case 'refused': {
      const refusal = f.refusal;
      const hint: ((t: LetterCliText) => string) | undefined =
        refusal.id === 'not-sent' || refusal.id === 'no-prior-request'
          ? (t) => t.hintRecordSent({ caseId })
          : refusal.id === 'not-due'
            ? (t) => t.hintRemind({ caseId })
            : refusal.id === 'answered' && kind === 'reminder'
              ? (t) => t.hintComplaint({ caseId })
              : refusal.id === 'asks-for-id'
                ? (t) => t.hintObjectionAccount({ caseId })
                : refusal.id === 'asks-for-reason'
                  ? (t) => t.hintObjectionGrounds({ caseId })
                  : undefined;
      return usageError(
        inEveryLanguage((t) => t.cannotWrite({ kind })),
        inEveryLanguage((_, locale) => letterNoteText(refusal, locale)),
        ...(hint ? [inEveryLanguage(hint)] : []),
      );
    }
  }
}

/**
 * The residence for a complaint, checked against the catalog: a country with an authority
 * and, where the catalog knows regions (the German Länder), a region of that country.
 * Unknown codes are usage errors that list the known ones.
 */
function checkResidence(
  catalog: Catalog,
  countryArg: string | undefined,
  regionArg: string | undefined,
): { country?: string; region?: string } {
  const countries = [...new Set(catalog.authorities.map((a) => a.country))].sort();
  const regionsOf = (country: string) =>
    catalog.authorities
      .filter((a) => a.level === 'state' && a.country === country && a.region !== undefined)
      .map((a) => a.region as string)
      .sort();
  const country = countryArg?.trim().toUpperCase();
  const region = regionArg?.trim().toUpperCase();
  if (country !== undefined && !countries.includes(country))
    throw usageError(
      inEveryLanguage((t) =>
        t.countryUnknown({ value: countryArg ?? '', countries: countries.join(', ') }),
      ),
    );
  if (region === undefined) return country === undefined ? {} : { country };
  const home =
    country ?? catalog.authorities.find((a) => a.level === 'state' && a.region === region)?.country;
  const regions = home === undefined ? [] : regionsOf(home);
  const withRegions = countries.filter((x) => regionsOf(x).length > 0);
  const where = `${withRegions.join(', ')} (${withRegions.map((x) => regionsOf(x).join(', ')).join('; ')})`;
  if (home === undefined || (country !== undefined && regions.length === 0))
    throw usageError(
      inEveryLanguage((t) =>
        t.regionInvalid({ value: regionArg ?? '', ...(country ? { country } : {}), where }),
      ),
    );
  if (!regions.includes(region))
    throw usageError(
      inEveryLanguage((t) =>
        t.regionUnknown({ value: regionArg ?? '', country: home, regions: regions.join(', ') }),
      ),
    );
  return { country: home, region };
}

async function render(letter: Letter, format: Format, ctx: CaseContext): Promise<Uint8Array> {
  if (format === 'text') return new TextEncoder().encode(renderLetterText(letter));
  if (format === 'eml')
    return new TextEncoder().encode(renderLetterEml(letter, new Date(ctx.io.now())));
  const { renderPdf } = await import('../render/pdf.js');
  const { bytes, missing } = await renderPdf(letter);
  if (missing.length > 0)
    ctx.io.stderr(`${LETTER_CLI_TEXT[ctx.locale].pdfMissing({ chars: missing.join(' ') })}\n`);
  return bytes;
}

/** Each output format as the channel it leaves by (a new format must say which). */
const CHANNEL: Readonly<Record<Format, LetterChannel>> = { text: 'text', eml: 'eml', pdf: 'pdf' };

async function record(
  ctx: CaseContext,
  store: Parameters<Parameters<typeof withStore>[2]>[0],
  written: CaseLetter,
  caseId: string,
  format: Format,
  bytes: Uint8Array,
  today: string,
): Promise<void> {
  const at = ctx.io.now();
  const sha256 = await sha256Hex(bytes);
  const kept = letterRecord(written, {
    channel: CHANNEL[format],
    today,
    sha256,
    size: bytes.length,
  });
  const events = kept.events.map((e) => ({ ...e, id: crypto.randomUUID(), at }) as CaseEvent);
  // The copy is kept with its events, in one transaction.
  await store.appendEvents(caseId, events, [
    { sha256, name: kept.name, mediaType: kept.mediaType, bytes },
  ]);
  const text = LETTER_CLI_TEXT[ctx.locale];
  // The CLI's event labels are worded in the authored languages so far.
  const what = eventKindLabel(written.event ?? 'evidence-added', ctx.locale);
  ctx.io.stderr(`${text.recorded({ what })}\n`);
  const c = await findCase(store, caseId);
  const sentOn = summarizeCase(c, today).submittedOn;
  if (written.letter.kind === 'objection' && written.event === undefined && sentOn !== undefined)
    ctx.io.stderr(`${text.alreadySent({ sentOn, caseId, today })}\n`);
}

/** For a complaint: the authority, why, how to reach it and the letter's language. */
function explainComplaint(ctx: CaseContext, written: CaseLetter, text: LetterCliText): void {
  const complaint = written.complaint;
  if (!complaint) return;
  const { finding, choice, route, language } = complaint;
  if (finding.notice) ctx.io.stderr(`${finding.notice[ctx.locale]}\n`);
  ctx.io.stderr(
    `→ ${localText(choice.authority.title, ctx.locale)}: ${choice.reason[ctx.locale]}\n`,
  );
  if (route.form) ctx.io.stderr(`  ${text.complaintForm({ url: route.form })}\n`);
  if (!route.email) ctx.io.stderr(`  ${text.noAuthorityEmail}\n`);
  if (route.priorRequest) ctx.io.stderr(`  ${letterNoteText(route.priorRequest, ctx.locale)}\n`);
  ctx.io.stderr(`  ${letterNoteText(language.note, ctx.locale)}\n`);
  const others = choice.authority.languages.filter(
    (code): code is Locale => isLocale(code) && code !== language.locale,
  );
  if (others.length > 0) ctx.io.stderr(`  ${text.otherLanguages({ codes: others.join(', ') })}\n`);
  if (written.translation) ctx.io.stderr(`  ${text.translationHint}\n`);
}

function resolveSender(opts: LetterOptions, saved: unknown): Sender {
  const stored = (saved ?? {}) as Partial<Sender>;
  const name = opts.name ?? stored.name;
  if (!name) {
    throw usageError(inEveryLanguage((t) => t.senderMissing));
  }
  const address =
    opts.address !== undefined ? splitAddress(opts.address) : [...(stored.address ?? [])];
  const email = opts.email ?? stored.email;
  // A saved address is checked too: it becomes a header of the .eml.
  if (email) checkEmail(email);
  return { name, address, ...(email ? { email } : {}) };
}

/** Refuses an e-mail address that is not one plain address (it becomes the From header). */
function checkEmail(value: string): void {
  if (isEmailAddress(value)) return;
  throw usageError(inEveryLanguage((t) => t.emailInvalid({ value })));
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
  throw usageError(
    inEveryLanguage((t) =>
      t.unknownKind({ value, ...(guess ? { guess } : {}), list: LETTER_KINDS.join(', ') }),
    ),
  );
}

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  const guess = closestMatch(value, FORMATS);
  throw usageError(inEveryLanguage((t) => t.unknownFormat({ value, ...(guess ? { guess } : {}) })));
}

/**
 * The format: `--format` when given, else from the extension of `--out` (.pdf, .eml, .txt),
 * else text. A `--format` that contradicts a known extension is a usage error.
 */
function resolveFormat(formatArg: string | undefined, out: string | undefined): Format {
  const fromOut = out === undefined ? undefined : FORMAT_OF_EXTENSION[extname(out).toLowerCase()];
  if (formatArg === undefined) return fromOut ?? 'text';
  const format = parseFormat(formatArg);
  if (fromOut !== undefined && fromOut !== format)
    throw usageError(
      inEveryLanguage((t) =>
        t.formatMismatch({
          format,
          out: out ?? '',
          ext: extname(out ?? ''),
          fromOut,
          wanted: EXTENSION[format],
        }),
      ),
    );
  return format;
}
