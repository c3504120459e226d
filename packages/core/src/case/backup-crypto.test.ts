import { describe, expect, it } from 'vitest';
import { decryptBackup, encryptBackup, isEncryptedBackup } from './backup-crypto.js';

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
      expect(wrong.problems[0]?.message.de).toContain('Das Passwort passt nicht');
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
});
