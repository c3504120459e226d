import PostalMime from 'postal-mime';
import { refuse } from '../problem/core-problem.js';
import { ok, type Result } from '../util/result.js';
import type { EmailSummary, EvidenceProblem } from './evidence.js';

// Kept out of the core index so that the MIME parser loads only where e-mails are read.

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
    // Cut to the lengths a case event keeps (CaseEventSchema), so that it can be recorded.
    return ok({
      ...(from ? { from: from.slice(0, 1000) } : {}),
      ...(email.subject ? { subject: email.subject.slice(0, 2000) } : {}),
      ...(email.date ? { date: email.date.slice(0, 100) } : {}),
      text,
    });
  } catch {
    return refuse('unreadable-email', { code: 'unreadable-email' });
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
