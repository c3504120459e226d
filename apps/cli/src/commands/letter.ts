import { extname } from 'node:path';
import { type Catalog, findController, findPlatform } from '@widerspruch/catalog';
import {
  type Case,
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
  type AuthorityChoice,
  complaintRoute,
  composeLetter,
  findAuthorities,
  type Letter,
  type LetterRefusal,
  letterRefusal,
  recordedEvent,
  renderLetterText,
  type Sender,
} from '@widerspruch/core/letters';
import { CliFailure, EXIT, usageError } from '../errors.js';
import { outputTarget, writeFreshFile, writeOutputFile } from '../files.js';
import { eventKindLabel } from '../render/event-kind.js';
import { terminalBlock } from '../render/terminal.js';
import type { AuthoredCaseContext as CaseContext } from './case.js';
import { findCase } from './case.js';
import { withStore } from './case-store.js';

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
    if (!isGroundId(g))
      throw usageError({
        de: `Den Grund „${g}“ gibt es nicht (siehe: widerspruch text --list-reasons).`,
        en: `There is no reason "${g}" (see: widerspruch text --list-reasons).`,
      });
  const residence = checkResidence(ctx.catalog, opts.country, opts.region);
  if (opts.email !== undefined) checkEmail(opts.email);
  if (opts.out === '-' && format === 'pdf')
    throw usageError({
      de: 'Ein PDF lässt sich nicht in die Ausgabe schreiben. Geben Sie mit --out einen Dateinamen an oder lassen Sie --out weg.',
      en: 'A PDF cannot be written to standard output. Give a file name with --out, or leave out --out.',
    });
  await withStore(ctx.io, ctx.store, async (store) => {
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
    const refusal = letterRefusal(kind, c, today);
    if (refusal) throw refused(refusal, kind, c.id);
    // Asked after the case: a letter that cannot be written needs no sender.
    const sender = resolveSender(opts, store.getSetting('sender'));
    const finding = findAuthorities(ctx.catalog, controller, residence, { today });
    const choice = finding.recommended;
    if (kind === 'complaint') explainAuthority(ctx, choice, finding.notice, today);
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
      grounds: (opts.reason ?? []).filter(isGroundId),
      ...(opts.note ? { note: opts.note } : {}),
    });
    const bytes = await render(letter, format, ctx);
    // A PDF goes to a file: a default name names the platform and never replaces an
    // earlier letter.
    let out = outputTarget(opts.out);
    if (out !== undefined) writeOutputFile(out, bytes);
    else if (format === 'pdf')
      out = writeFreshFile(`widerspruch-${kind}-${c.platform}-${today}.pdf`, bytes);
    if (out === undefined) ctx.io.stdout(terminalBlock(new TextDecoder().decode(bytes)));
    else ctx.io.stderr(ctx.locale === 'de' ? `Gespeichert: ${out}\n` : `Saved: ${out}\n`);
    if (opts.record) await record(ctx, store, c, kind, format, bytes, today);
    // Saved only once the letter is written, so a failed command changes nothing.
    if (opts.saveSender) store.putSetting('sender', sender);
  });
}

/** A refused letter as a usage error: why, and the command that helps. */
function refused(refusal: LetterRefusal, kind: LetterKind, caseId: string): CliFailure {
  const hint: { de: string; en: string } | undefined =
    refusal.id === 'not-sent' || refusal.id === 'no-prior-request'
      ? {
          de: `So tragen Sie den Versand ein: widerspruch case event ${caseId} submitted --date JJJJ-MM-TT`,
          en: `Record it: widerspruch case event ${caseId} submitted --date YYYY-MM-DD`,
        }
      : refusal.id === 'not-due'
        ? {
            de: `Lassen Sie sich an das Fristende erinnern (Kalendereintrag): widerspruch remind ${caseId}`,
            en: `A calendar reminder for the deadline: widerspruch remind ${caseId}`,
          }
        : refusal.id === 'answered' && kind === 'reminder'
          ? {
              de: `Beschwerde: widerspruch letter complaint --case ${caseId}`,
              en: `Complaint: widerspruch letter complaint --case ${caseId}`,
            }
          : refusal.id === 'asks-for-id'
            ? {
                de: `Widerspruch mit den Angaben zu Ihrem Konto: widerspruch letter objection --case ${caseId}`,
                en: `The objection with your account details: widerspruch letter objection --case ${caseId}`,
              }
            : refusal.id === 'asks-for-reason'
              ? {
                  de: `Neuer Widerspruch mit Gründen: widerspruch letter objection --case ${caseId} --reason <grund> (Gründe: widerspruch text --list-reasons)`,
                  en: `A new objection with grounds: widerspruch letter objection --case ${caseId} --reason <ground> (grounds: widerspruch text --list-reasons)`,
                }
              : undefined;
  const what = {
    de: `${LETTER_NAMES_DE[kind]} lässt sich für diesen Fall jetzt nicht erstellen.`,
    en: `The ${kind} letter cannot be written for this case now.`,
  };
  return usageError(what, refusal.text, ...(hint ? [hint] : []));
}

/** Each letter by its German name, as the subject of a sentence. */
const LETTER_NAMES_DE: Readonly<Record<LetterKind, string>> = {
  objection: 'Der Widerspruch',
  reminder: 'Die Erinnerung',
  complaint: 'Die Beschwerde',
  erasure: 'Der Antrag auf Löschung',
  access: 'Das Auskunftsersuchen',
  dossier: 'Das Dossier',
};

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
    throw usageError({
      de: `--country „${countryArg}“: Für dieses Land enthält der Katalog keine Aufsichtsbehörde (nur EU und EWR). Möglich: ${countries.join(', ')}. Wohnen Sie anderswo, lassen Sie --country weg; die Beschwerde geht dann an die federführende Aufsichtsbehörde des Unternehmens.`,
      en: `--country "${countryArg}": no supervisory authority for this country is in the catalog (EU and EEA only). Possible: ${countries.join(', ')}. If you live elsewhere, leave out --country; the complaint then goes to the company's lead authority.`,
    });
  if (region === undefined) return country === undefined ? {} : { country };
  const home =
    country ?? catalog.authorities.find((a) => a.level === 'state' && a.region === region)?.country;
  const regions = home === undefined ? [] : regionsOf(home);
  const withRegions = countries.filter((x) => regionsOf(x).length > 0);
  if (home === undefined || (country !== undefined && regions.length === 0))
    throw usageError({
      de: `--region „${regionArg}“${country ? ` passt nicht zu --country ${country}` : ' ist unbekannt'}: Regionen gibt es nur für ${withRegions.join(', ')} (${withRegions.map((x) => regionsOf(x).join(', ')).join('; ')}).${country ? ` Für ${country} lassen Sie --region weg.` : ''}`,
      en: `--region "${regionArg}"${country ? ` does not fit --country ${country}` : ' is unknown'}: regions exist only for ${withRegions.join(', ')} (${withRegions.map((x) => regionsOf(x).join(', ')).join('; ')}).${country ? ` For ${country}, leave out --region.` : ''}`,
    });
  if (!regions.includes(region))
    throw usageError({
      de: `--region „${regionArg}“ gibt es für ${home} nicht. Möglich: ${regions.join(', ')}.`,
      en: `There is no --region "${regionArg}" for ${home}. Possible: ${regions.join(', ')}.`,
    });
  return { country: home, region };
}

async function render(letter: Letter, format: Format, ctx: CaseContext): Promise<Uint8Array> {
  if (format === 'text') return new TextEncoder().encode(renderLetterText(letter));
  if (format === 'eml')
    return new TextEncoder().encode(renderLetterEml(letter, new Date(ctx.io.now())));
  const { renderPdf } = await import('../render/pdf.js');
  const { bytes, missing } = await renderPdf(letter);
  if (missing.length > 0) ctx.io.stderr(`${missingWarning(missing)[ctx.locale]}\n`);
  return bytes;
}

/** Says which characters the PDF cannot show, and what to do instead. */
function missingWarning(missing: readonly string[]): { de: string; en: string } {
  const chars = missing.join(' ');
  return {
    de: `Hinweis: Einige Zeichen kann die Schrift des PDFs nicht darstellen: ${chars}. Im PDF steht an ihrer Stelle „\ufffd“. Nehmen Sie für diesen Brief --format text oder eml, oder schreiben Sie Ihre Angaben ohne diese Zeichen.`,
    en: `Note: the PDF's font cannot show some characters: ${chars}. The PDF shows "\ufffd" in their place. Use --format text or eml for this letter, or write your details without these characters.`,
  };
}

async function record(
  ctx: CaseContext,
  store: Parameters<Parameters<typeof withStore>[2]>[0],
  c: Case,
  kind: LetterKind,
  format: Format,
  bytes: Uint8Array,
  today: string,
): Promise<void> {
  const at = ctx.io.now();
  const sha256 = await sha256Hex(bytes);
  const name = `${kind}-${today}.${EXTENSION[format]}`;
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
  // An objection for a case already sent does not move its sending date and deadline.
  const eventKind = recordedEvent(kind, c, today);
  if (eventKind) {
    const via = eventKind === 'submitted' ? ({ via: 'letter' } as const) : {};
    events.push({ id: crypto.randomUUID(), kind: eventKind, at, date: today, ...via });
  }
  await store.appendEvents(c.id, events);
  ctx.io.stderr(
    ctx.locale === 'de'
      ? `Im Fall eingetragen: ${eventKindLabel(eventKind ?? 'evidence-added', 'de')}\n`
      : `Recorded in the case: ${eventKindLabel(eventKind ?? 'evidence-added', 'en')}\n`,
  );
  const sentOn = summarizeCase(c, today).submittedOn;
  if (kind === 'objection' && eventKind === undefined && sentOn !== undefined)
    ctx.io.stderr(
      ctx.locale === 'de'
        ? `Der Widerspruch ist bereits mit dem Versanddatum ${sentOn} eingetragen; dieses Datum und die Frist bleiben unverändert. Der Brief ist als Nachweis gespeichert. Wenn Sie ihn erneut abgeschickt haben und die Frist neu beginnen soll: widerspruch case event ${c.id} submitted --date ${today}\n`
        : `The objection is already recorded as sent on ${sentOn}; that date and the deadline stay. The letter is kept as evidence. If you really sent it again and the deadline should start anew: widerspruch case event ${c.id} submitted --date ${today}\n`,
    );
}

function explainAuthority(
  ctx: CaseContext,
  choice: AuthorityChoice | undefined,
  notice: { de: string; en: string } | undefined,
  today: string,
): void {
  if (notice) ctx.io.stderr(`${notice[ctx.locale]}\n`);
  if (!choice) return;
  const de = ctx.locale === 'de';
  ctx.io.stderr(`→ ${choice.authority.title[ctx.locale]}: ${choice.reason[ctx.locale]}\n`);
  const route = complaintRoute(choice.authority, ctx.locale, { today });
  if (route.form)
    ctx.io.stderr(
      de
        ? `  Online-Beschwerdeformular der Behörde (Text dort einfügen): ${route.form}\n`
        : `  The authority's online complaint form (paste the text there): ${route.form}\n`,
    );
  if (!route.email)
    ctx.io.stderr(
      de
        ? '  Für diese Behörde ist keine E-Mail-Adresse hinterlegt; reichen Sie die Beschwerde über das Formular oder per Post ein.\n'
        : '  No e-mail address is on record for this authority: use the form or send it by post.\n',
    );
  if (route.priorRequest) ctx.io.stderr(`  ${route.priorRequest[ctx.locale]}\n`);
  if (route.language) {
    const how = route.rewriteIn
      ? de
        ? ` Dafür: --lang ${route.rewriteIn}`
        : ` To do so: --lang ${route.rewriteIn}`
      : '';
    ctx.io.stderr(`  ${route.language[ctx.locale]}${how}\n`);
  }
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
  // A saved address is checked too: it becomes a header of the .eml.
  if (email) checkEmail(email);
  return { name, address, ...(email ? { email } : {}) };
}

/** Refuses an e-mail address that is not one plain address (it becomes the From header). */
function checkEmail(value: string): void {
  if (isEmailAddress(value)) return;
  throw usageError({
    de: `--email: „${value}“ ist keine E-Mail-Adresse. Geben Sie eine Adresse wie name@example.org an (ohne Namen, Leerzeichen oder Kommas).`,
    en: `--email: "${value}" is not an e-mail address. Give one address such as name@example.org (no name, spaces or commas).`,
  });
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

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  const guess = closestMatch(value, FORMATS);
  throw usageError({
    de: `Das Format „${value}“ gibt es nicht.${guess ? ` Meinten Sie „${guess}“?` : ''} Möglich: text, eml, pdf.`,
    en: `There is no format "${value}".${guess ? ` Did you mean "${guess}"?` : ''} Possible: text, eml, pdf.`,
  });
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
    throw usageError({
      de: `--format ${format} passt nicht zu --out „${out}“ (die Endung ${extname(out ?? '')} steht für ${fromOut}). Lassen Sie --format weg oder geben Sie der Datei die Endung .${EXTENSION[format]}.`,
      en: `--format ${format} does not fit --out "${out}" (${extname(out ?? '')} is ${fromOut}). Leave out --format or name the file .${EXTENSION[format]}.`,
    });
  return format;
}
