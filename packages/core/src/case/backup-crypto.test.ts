import { createCipheriv, createDecipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import type { Locale } from '@widerspruch/catalog';
import { describe, expect, it, vi } from 'vitest';
import { problemText } from '../problem/core-problem.js';
import type { Problem } from '../util/result.js';
import {
  decryptBackup,
  encryptBackup,
  encryptedBackupProblem,
  isEncryptedBackup,
} from './backup-crypto.js';

/** A problem in words (empty when there is none). */
const words = (p: Problem | undefined, locale: Locale): string =>
  p ? problemText(p.detail, locale) : '';

// Fewer iterations than new files get, to keep the tests fast; the format records them.
const FAST = { iterations: 10_000 };
const TEXT = '{"format":"widerspruch","version":1,"cases":[]} – Grüße 👋';

describe('passphrase-protected backups', () => {
  it('round-trips, with a fresh salt and IV each time, and names its parameters', async () => {
    const a = await encryptBackup(TEXT, 'richtig lang genug', FAST);
    const b = await encryptBackup(TEXT, 'richtig lang genug', FAST);
    expect(a).not.toBe(b);
    expect(a).not.toContain('widerspruch","version');
    expect(isEncryptedBackup(a)).toBe(true);
    expect(isEncryptedBackup(TEXT)).toBe(false);
    expect(isEncryptedBackup('not json')).toBe(false);
    expect(JSON.parse(a)).toMatchObject({
      format: 'widerspruch-encrypted',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 10_000 },
      cipher: { name: 'AES-GCM' },
    });
    expect(await decryptBackup(a, 'richtig lang genug')).toEqual({ ok: true, value: TEXT });
  });

  it('new files use 600 000 iterations', async () => {
    const text = await encryptBackup('x', 'richtig lang genug');
    expect(JSON.parse(text).kdf.iterations).toBe(600_000);
  });

  it('says when the passphrase is wrong or the file was changed', async () => {
    const file = await encryptBackup(TEXT, 'richtig lang genug', FAST);
    const wrong = await decryptBackup(file, 'Richtig lang genug');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.problems[0]?.code).toBe('wrong-passphrase');
      expect(words(wrong.problems[0], 'de')).toContain('Das Passwort passt nicht');
    }
    const envelope = JSON.parse(file);
    const data = envelope.data as string;
    envelope.data = (data[0] === 'A' ? 'B' : 'A') + data.slice(1);
    const changed = await decryptBackup(JSON.stringify(envelope), 'richtig lang genug');
    expect(changed.ok).toBe(false);
  });

  it('refuses a damaged envelope or one with hostile parameters, without deriving a key', async () => {
    const file = JSON.parse(await encryptBackup(TEXT, 'richtig lang genug', FAST));
    const code = async (text: string) => {
      const r = await decryptBackup(text, 'richtig lang genug');
      return r.ok ? 'ok' : r.problems[0]?.code;
    };
    expect(await code('{')).toBe('damaged');
    expect(await code(JSON.stringify({ ...file, data: '***' }))).toBe('damaged');
    expect(
      await code(JSON.stringify({ ...file, cipher: { name: 'AES-CBC', iv: file.cipher.iv } })),
    ).toBe('damaged');
    for (const iterations of [1, 1e12, 1.5e4 + 0.5]) {
      expect(await code(JSON.stringify({ ...file, kdf: { ...file.kdf, iterations } }))).toBe(
        'damaged',
      );
    }
  });

  it('refuses a passphrase shorter than 8 characters', async () => {
    await expect(encryptBackup(TEXT, 'kurz', FAST)).rejects.toThrow(RangeError);
  });

  it('is standard AES-256-GCM with PBKDF2-SHA-256 over the NFC passphrase, as node:crypto does it', async () => {
    // Written by us, opened by an independent implementation with the envelope's parameters.
    const decomposed = 'Kaffee mit Mu\u0308sli'; // "ü" as u + combining diaeresis
    const file = JSON.parse(await encryptBackup(TEXT, decomposed, FAST));
    const salt = Buffer.from(file.kdf.salt, 'base64');
    const iv = Buffer.from(file.cipher.iv, 'base64');
    const data = Buffer.from(file.data, 'base64');
    expect([salt.length, iv.length]).toEqual([16, 12]);
    const key = pbkdf2Sync('Kaffee mit Müsli'.normalize('NFC'), salt, 10_000, 32, 'sha256');
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(data.subarray(-16));
    const plain = Buffer.concat([decipher.update(data.subarray(0, -16)), decipher.final()]);
    expect(plain.toString('utf8')).toBe(TEXT);
    // And the other way round: a file made by node:crypto opens with the composed form.
    const salt2 = randomBytes(16);
    const iv2 = randomBytes(12);
    const key2 = pbkdf2Sync('Kaffee mit Müsli', salt2, 20_000, 32, 'sha256');
    const cipher = createCipheriv('aes-256-gcm', key2, iv2);
    const sealed = Buffer.concat([
      cipher.update(TEXT, 'utf8'),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
    const envelope = {
      ...file,
      kdf: { ...file.kdf, iterations: 20_000, salt: salt2.toString('base64') },
      cipher: { name: 'AES-GCM', iv: iv2.toString('base64') },
      data: sealed.toString('base64'),
    };
    expect(await decryptBackup(JSON.stringify(envelope), decomposed)).toEqual({
      ok: true,
      value: TEXT,
    });
  });

  it('uses a fresh salt and a fresh IV for every file', async () => {
    const files = await Promise.all(
      [1, 2, 3].map(async () => JSON.parse(await encryptBackup(TEXT, 'richtig lang genug', FAST))),
    );
    expect(new Set(files.map((f) => f.kdf.salt)).size).toBe(3);
    expect(new Set(files.map((f) => f.cipher.iv)).size).toBe(3);
  });

  it('reports a changed salt, IV or ciphertext as a wrong passphrase, never opening it', async () => {
    const file = JSON.parse(await encryptBackup(TEXT, 'richtig lang genug', FAST));
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64');
    };
    for (const changed of [
      { ...file, kdf: { ...file.kdf, salt: flip(file.kdf.salt) } },
      { ...file, cipher: { ...file.cipher, iv: flip(file.cipher.iv) } },
      { ...file, data: flip(file.data) },
      { ...file, kdf: { ...file.kdf, iterations: 10_001 } },
    ]) {
      const r = await decryptBackup(JSON.stringify(changed), 'richtig lang genug');
      expect(r.ok ? 'ok' : r.problems[0]?.code).toBe('wrong-passphrase');
    }
  });

  it('checks sizes and iteration bounds before deriving a key', async () => {
    const file = JSON.parse(await encryptBackup(TEXT, 'richtig lang genug', FAST));
    const spy = vi.spyOn(crypto.subtle, 'deriveKey');
    try {
      const bytes = (n: number) => Buffer.alloc(n, 7).toString('base64');
      for (const hostile of [
        { ...file, kdf: { ...file.kdf, iterations: 9_999 } },
        { ...file, kdf: { ...file.kdf, iterations: 2_000_001 } },
        { ...file, kdf: { ...file.kdf, salt: bytes(15) } },
        { ...file, kdf: { ...file.kdf, salt: bytes(65) } },
        { ...file, cipher: { ...file.cipher, iv: bytes(11) } },
        { ...file, data: bytes(15) },
      ]) {
        const text = JSON.stringify(hostile);
        expect(encryptedBackupProblem(text)?.code).toBe('damaged');
        const r = await decryptBackup(text, 'richtig lang genug');
        expect(r.ok ? 'ok' : r.problems[0]?.code).toBe('damaged');
      }
      expect(spy).not.toHaveBeenCalled();
      expect(encryptedBackupProblem(JSON.stringify(file))).toBeUndefined();
      // The spy does see the key derivation of a sound file.
      expect((await decryptBackup(JSON.stringify(file), 'richtig lang genug')).ok).toBe(true);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    // The bounds themselves are accepted when writing; beyond them, refused.
    await expect(encryptBackup(TEXT, 'richtig lang genug', { iterations: 9_999 })).rejects.toThrow(
      RangeError,
    );
    await expect(
      encryptBackup(TEXT, 'richtig lang genug', { iterations: 2_000_001 }),
    ).rejects.toThrow(RangeError);
  });
});
