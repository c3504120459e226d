import { problemOf, refuse } from '../problem/core-problem.js';
import { decodeBase64, encodeBase64 } from '../util/base64.js';
import { ok, type Problem, type Result } from '../util/result.js';

// A backup protected by a passphrase: the export file's text, encrypted with AES-256-GCM
// under a key derived from the passphrase with PBKDF2-SHA-256. Web Crypto does both, in the
// browser and in Node alike, so one implementation serves the web app and the CLI. The
// envelope names its parameters, so that files stay readable when the defaults change.

/** The part of Web Crypto used here (core is built without the DOM types). */
interface WebCrypto {
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
  subtle: {
    importKey(
      format: 'raw',
      key: Uint8Array,
      algorithm: 'PBKDF2',
      extractable: false,
      usages: ['deriveKey'],
    ): Promise<Key>;
    deriveKey(
      algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number },
      base: Key,
      derived: { name: 'AES-GCM'; length: 256 },
      extractable: false,
      usages: ['encrypt', 'decrypt'],
    ): Promise<Key>;
    encrypt(
      algorithm: { name: 'AES-GCM'; iv: Uint8Array },
      key: Key,
      data: Uint8Array,
    ): Promise<ArrayBuffer>;
    decrypt(
      algorithm: { name: 'AES-GCM'; iv: Uint8Array },
      key: Key,
      data: Uint8Array,
    ): Promise<ArrayBuffer>;
  };
}

/** A Web Crypto key, opaque here. */
type Key = { readonly type: string };

const webCrypto = (): WebCrypto => (globalThis as unknown as { crypto: WebCrypto }).crypto;

/** The envelope's format name; a plain export says "widerspruch". */
export const ENCRYPTED_FORMAT = 'widerspruch-encrypted';

/** PBKDF2 iterations for new files (the 2023 OWASP figure for PBKDF2-HMAC-SHA-256). */
export const BACKUP_ITERATIONS = 600_000;

/** Fewer iterations than this are refused: such a file was not made by us. */
const MIN_ITERATIONS = 10_000;
/** More than this would keep a phone busy for long at every attempt (a hostile file): refused. */
const MAX_ITERATIONS = 2_000_000;

/** Passphrases shorter than this are refused when writing. */
export const MIN_PASSPHRASE_LENGTH = 8;

interface Envelope {
  format: typeof ENCRYPTED_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
}

/** Why an encrypted backup could not be opened. */
export type DecryptProblem = 'wrong-passphrase' | 'damaged';

/** Whether a file's text is a passphrase-protected backup (without opening it). */
export function isEncryptedBackup(text: string): boolean {
  // The format field comes first in files we write; a parse settles it for any order.
  if (!text.trimStart().startsWith('{')) return false;
  try {
    const value = JSON.parse(text) as { format?: unknown };
    return value.format === ENCRYPTED_FORMAT;
  } catch {
    return false;
  }
}

/** Encrypts an export file's text with a passphrase; returns the envelope as JSON text. */
export async function encryptBackup(
  text: string,
  passphrase: string,
  options: { iterations?: number } = {},
): Promise<string> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new RangeError(`passphrase shorter than ${MIN_PASSPHRASE_LENGTH} characters`);
  }
  const iterations = options.iterations ?? BACKUP_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    // A file with other counts could not be opened again.
    throw new RangeError(`iterations outside ${MIN_ITERATIONS}..${MAX_ITERATIONS}`);
  }
  const salt = webCrypto().getRandomValues(new Uint8Array(new ArrayBuffer(16)));
  const iv = webCrypto().getRandomValues(new Uint8Array(new ArrayBuffer(12)));
  const key = await deriveKey(passphrase, salt, iterations);
  const data = new Uint8Array(
    await webCrypto().subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)),
  );
  const envelope: Envelope = {
    format: ENCRYPTED_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: encodeBase64(salt) },
    cipher: { name: 'AES-GCM', iv: encodeBase64(iv) },
    data: encodeBase64(data),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * Opens a passphrase-protected backup: the export file's text, or why not. A wrong
 * passphrase and a changed file look alike to AES-GCM (the tag does not match); both are
 * reported as a wrong passphrase, since that is by far the likelier cause.
 */
export async function decryptBackup(
  text: string,
  passphrase: string,
): Promise<Result<string, DecryptProblem>> {
  const parts = openEnvelope(text);
  if (parts === undefined) return refuse('damaged', { code: 'backup-damaged' });
  const { salt, iv, data, iterations } = parts;
  const key = await deriveKey(passphrase, salt, iterations);
  try {
    const plain = await webCrypto().subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return refuse('wrong-passphrase', { code: 'wrong-passphrase' });
  }
}

/**
 * Why an encrypted backup cannot be opened whatever the passphrase (damaged, or parameters
 * we do not write), or undefined: checked before a passphrase is asked for.
 */
export function encryptedBackupProblem(text: string): Problem<DecryptProblem> | undefined {
  return openEnvelope(text) === undefined
    ? problemOf('damaged', { code: 'backup-damaged' })
    : undefined;
}

/** The envelope's decoded parts, if its parameters are ours and its sizes right. */
function openEnvelope(
  text: string,
): { salt: Uint8Array; iv: Uint8Array; data: Uint8Array; iterations: number } | undefined {
  const envelope = readEnvelope(text);
  if (envelope === undefined) return undefined;
  const salt = decodeBase64(envelope.kdf.salt);
  const iv = decodeBase64(envelope.cipher.iv);
  const data = decodeBase64(envelope.data);
  const fits =
    salt !== undefined &&
    salt.length >= 16 &&
    salt.length <= 64 &&
    iv?.length === 12 &&
    data !== undefined &&
    data.length >= 16;
  return fits ? { salt, iv, data, iterations: envelope.kdf.iterations } : undefined;
}

function readEnvelope(text: string): Envelope | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const e = value as Partial<Envelope> | null;
  const iterations = e?.kdf?.iterations;
  const valid =
    e !== null &&
    typeof e === 'object' &&
    e.format === ENCRYPTED_FORMAT &&
    e.version === 1 &&
    e.kdf?.name === 'PBKDF2' &&
    e.kdf.hash === 'SHA-256' &&
    typeof e.kdf.salt === 'string' &&
    Number.isInteger(iterations) &&
    (iterations as number) >= MIN_ITERATIONS &&
    (iterations as number) <= MAX_ITERATIONS &&
    e.cipher?.name === 'AES-GCM' &&
    typeof e.cipher.iv === 'string' &&
    typeof e.data === 'string';
  return valid ? (e as Envelope) : undefined;
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<Key> {
  const material = await webCrypto().subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return webCrypto().subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
