import { refuse } from '../problem/core-problem.js';
import { ok, type Result } from '../util/result.js';

/** The most a single evidence file may weigh (a confirmation e-mail is a few hundred KB). */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

/** What an e-mail kept as evidence says about itself. */
export interface EmailSummary {
  readonly from?: string;
  readonly subject?: string;
  readonly date?: string;
  readonly text: string;
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

/** Checks a file's size (from the file system or a File) before anything reads it. */
export function checkEvidenceSize(file: {
  readonly name: string;
  readonly size: number;
}): Result<number, EvidenceProblem> {
  if (file.size === 0) {
    return refuse('empty', { code: 'evidence-empty', file: file.name });
  }
  if (file.size > MAX_EVIDENCE_BYTES) {
    const mb = file.size / 1024 / 1024;
    const maxMb = MAX_EVIDENCE_BYTES / 1024 / 1024;
    return refuse('too-large', { code: 'evidence-too-large', file: file.name, mb, maxMb });
  }
  return ok(file.size);
}

/** Whether a file is an e-mail message by its name or media type. */
export function isEmailFile(file: { name: string; mediaType: string }): boolean {
  return file.mediaType === 'message/rfc822' || /\.eml$/i.test(file.name);
}
