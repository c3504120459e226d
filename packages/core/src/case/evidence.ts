import PostalMime from 'postal-mime';
import { fail, ok, type Result } from '../util/result.js';

/** The most a single evidence file may weigh (a confirmation e-mail is a few hundred KB). */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

/** What an e-mail kept as evidence says about itself. */
export interface EmailSummary {
  readonly from?: string;
  readonly subject?: string;
  readonly date?: string;
  readonly text: string;
}

/** A file about to be kept with a case. */
export interface EvidenceFile {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

/** Why a file was refused. */
export type EvidenceProblem = 'too-large' | 'empty' | 'unreadable-email';

/** The SHA-256 of bytes, in lower-case hex: the identity of an evidence file. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Web Crypto exists in browsers and in Node ≥ 20 alike; core declares only what it uses.
  const { subtle } = (globalThis as unknown as { crypto: { subtle: SubtleDigest } }).crypto;
  const digest = await subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

interface SubtleDigest {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

/** Checks a file's size before anything else reads it. */
export function checkEvidenceSize(file: EvidenceFile): Result<EvidenceFile, EvidenceProblem> {
  if (file.bytes.length === 0) {
    return fail('empty', {
      de: `Die Datei „${file.name}“ ist leer.`,
      en: `The file "${file.name}" is empty.`,
    });
  }
  if (file.bytes.length > MAX_EVIDENCE_BYTES) {
    const mb = (file.bytes.length / 1024 / 1024).toFixed(1);
    return fail('too-large', {
      de: `Die Datei „${file.name}“ ist ${mb} MB groß; Nachweise dürfen höchstens 25 MB groß sein. Speichern Sie die E-Mail ohne Anhänge oder machen Sie ein Bildschirmfoto.`,
      en: `The file "${file.name}" is ${mb} MB; evidence files may be at most 25 MB. Save the e-mail without attachments, or take a screenshot.`,
    });
  }
  return ok(file);
}

/** Whether a file is an e-mail message by its name or media type. */
export function isEmailFile(file: { name: string; mediaType: string }): boolean {
  return file.mediaType === 'message/rfc822' || /\.eml$/i.test(file.name);
}

/**
 * Reads an e-mail (.eml, RFC 5322 / MIME) with a real MIME parser: sender, date, subject and
 * plain text. The file itself is kept unchanged; this only describes it.
 */
export async function readEmail(bytes: Uint8Array): Promise<Result<EmailSummary, EvidenceProblem>> {
  try {
    const email = await PostalMime.parse(bytes as Uint8Array<ArrayBuffer>);
    const looksLikeEmail =
      email.from !== undefined || email.subject !== undefined || email.date !== undefined;
    if (!looksLikeEmail) throw new Error('no headers');
    const from = email.from
      ? [email.from.name, email.from.address && `<${email.from.address}>`].filter(Boolean).join(' ')
      : undefined;
    const text = (email.text ?? stripTags(email.html ?? '')).slice(0, 20_000);
    return ok({
      ...(from ? { from } : {}),
      ...(email.subject ? { subject: email.subject.slice(0, 2000) } : {}),
      ...(email.date ? { date: email.date } : {}),
      text,
    });
  } catch {
    return fail('unreadable-email', {
      de: 'Die Datei lässt sich nicht als E-Mail lesen. Speichern Sie die E-Mail in Ihrem E-Mail-Programm als .eml-Datei („Speichern unter“ oder „Als Datei exportieren“) oder machen Sie ein Bildschirmfoto.',
      en: 'The file cannot be read as an e-mail. Save the message from your e-mail program as an .eml file ("Save as" or "Export as file"), or take a screenshot.',
    });
  }
}

const META_SENDER =
  /@(?:[a-z0-9-]+\.)*(?:facebookmail\.com|facebook\.com|instagram\.com|meta\.com|metamail\.com)>?$/i;
const OBJECTION_WORDS =
  /(widerspruch|widersprechen|einspruch|objection|object|KI bei Meta|AI at Meta|künstliche Intelligenz|generative)/i;

/**
 * Whether an e-mail looks like Meta's confirmation of an AI objection: sent from a Meta
 * domain and speaking of an objection or AI at Meta. A heuristic — the app only *offers*
 * to record it as "confirmation received"; the person decides.
 */
export function looksLikeMetaConfirmation(email: EmailSummary): boolean {
  const sender = email.from ?? '';
  return (
    META_SENDER.test(sender.trim()) && OBJECTION_WORDS.test(`${email.subject ?? ''}\n${email.text}`)
  );
}

/** The date of an e-mail as YYYY-MM-DD, if its Date header can be read. */
export function emailDay(email: EmailSummary): string | undefined {
  if (email.date === undefined) return undefined;
  const time = Date.parse(email.date);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
