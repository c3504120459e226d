import type { LocalizedText } from '@widerspruch/catalog';
import { checkEvidenceSize, type EmailSummary, isEmailFile, sha256Hex } from '@widerspruch/core';
import { looksLikeMetaConfirmation, readEmail } from '@widerspruch/core/email';
import { addEvents } from './store.js';

/** Loaded on demand (the MIME parser is not part of the initial bundle). */

/** What attaching a file found out about it. */
export type AttachResult =
  | { readonly ok: true; readonly email?: EmailSummary; readonly metaConfirmation: boolean }
  | { readonly ok: false; readonly message: LocalizedText };

/**
 * Keeps a file as evidence with a case: checks its size, reads an e-mail with a MIME
 * parser, identifies it by SHA-256 and records an `evidence-added` event.
 */
export async function attachEvidence(caseId: string, file: File): Promise<AttachResult> {
  // Checked before reading, so that a huge file is never loaded into memory.
  const checked = checkEvidenceSize(file);
  if (!checked.ok)
    return { ok: false, message: checked.problems[0]?.message ?? { de: '', en: '' } };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mediaType =
    file.type || (/\.eml$/i.test(file.name) ? 'message/rfc822' : 'application/octet-stream');
  let email: EmailSummary | undefined;
  if (isEmailFile({ name: file.name, mediaType })) {
    const read = await readEmail(bytes);
    if (!read.ok) return { ok: false, message: read.problems[0]?.message ?? { de: '', en: '' } };
    email = read.value;
  }
  const sha256 = await sha256Hex(bytes);
  const emailMeta = email && {
    ...(email.from ? { from: email.from } : {}),
    ...(email.subject ? { subject: email.subject } : {}),
    ...(email.date ? { date: email.date } : {}),
  };
  // The file is kept with its event, in one transaction: a refused event keeps no file.
  const event = {
    kind: 'evidence-added' as const,
    evidence: {
      sha256,
      name: file.name,
      mediaType,
      size: bytes.length,
      ...(emailMeta ? { email: emailMeta } : {}),
    },
  };
  await addEvents(caseId, [event], [{ sha256, name: file.name, mediaType, bytes }]);
  return {
    ok: true,
    ...(email ? { email } : {}),
    metaConfirmation: email !== undefined && looksLikeMetaConfirmation(email),
  };
}
