import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encryptBackup } from '@widerspruch/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { caseCli } from './case-cli.js';
import { fakeIo } from './fake-io.js';

const { dir, cli, newStore, addCase } = caseCli('safety');
const mode = (path: string) => statSync(path).mode & 0o777;

describe('stores are opened, not conjured', () => {
  it('read commands create neither a store nor its folder, and say where they looked', async () => {
    const store = join(dir, 'typo', 'store.sqlte');
    for (const args of [
      ['case', 'list'],
      ['case', 'show', 'abcd'],
      ['case', 'export', '--out', join(dir, 'b.json')],
      ['remind', '--all'],
      ['case', 'delete', 'abcd', '--yes'],
      ['letter', 'objection', '--case', 'abcd', '--name', 'A'],
    ]) {
      const r = await cli(store, ...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(store);
      expect(r.stderr).toContain('WIDERSPRUCH_STORE');
    }
    expect(existsSync(join(dir, 'typo'))).toBe(false);
    expect(existsSync(join(dir, 'b.json'))).toBe(false);
    const f = fakeIo({ env: { LANG: 'en', XDG_DATA_HOME: join(dir, 'xdg') } });
    expect(await runCli(['case', 'list'], f.io)).toBe(1);
    expect(f.stderr()).toContain('XDG_DATA_HOME');
    expect(f.stderr()).toContain(join(dir, 'xdg', 'widerspruch', 'store.sqlite'));
    const o = fakeIo({ env: { LANG: 'en' } });
    await runCli(['case', 'list', '--store', store], o.io);
    expect(o.stderr()).toContain('given with --store');
  });

  it('case add creates the store 0600 in a new 0700 folder', async () => {
    const store = join(dir, 'new-folder', 'store.sqlite');
    await addCase(store);
    expect(mode(store)).toBe(0o600);
    expect(mode(join(dir, 'new-folder'))).toBe(0o700);
  });
});

describe('backups', () => {
  it('are written 0600, to stdout with --out -, and never replaced by an empty one unasked', async () => {
    const store = newStore();
    await addCase(store);
    await addCase(store);
    const out = join(dir, 'backup.json');
    const saved = await cli(store, 'case', 'export', '--out', out);
    expect(saved.stderr).toMatch(/^2 Fälle gespeichert in .*backup\.json\n$/);
    expect(mode(out)).toBe(0o600);
    const again = await cli(store, 'case', 'export', '--out', out);
    expect(again.stderr).toContain('ersetzt eine Sicherung mit 2 Fällen');
    const dash = await cli(store, 'case', 'export', '--out', '-');
    expect(JSON.parse(dash.stdout).cases).toHaveLength(2);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
    // A store without cases (say, a fresh one) must not wipe the backup.
    const empty = newStore();
    await cli(empty, 'case', 'import', out);
    const other = newStore();
    await addCase(other);
    await cli(
      other,
      'case',
      'delete',
      (await cli(other, 'case', 'list', '--json')).stdout.match(/"id": "([^"]+)"/)?.[1] ?? '',
      '--yes',
    );
    const before = readFileSync(out, 'utf8');
    const refused = await cli(other, 'case', 'export', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('eine Sicherung mit 2 Fällen');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe(before);
    const forced = await cli(other, 'case', 'export', '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('0 Fälle gespeichert');
    expect(JSON.parse(readFileSync(out, 'utf8')).cases).toEqual([]);
  });

  it('reads a backup with a byte-order mark; names a text version and a cut-off encrypted file', async () => {
    const store = newStore();
    await addCase(store);
    const text = (await cli(store, 'case', 'export')).stdout;
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, `\uFEFF${text}`);
    expect((await cli(newStore(), 'case', 'import', bom)).code).toBe(0);
    const quoted = join(dir, 'quoted.json');
    writeFileSync(quoted, text.replace('"version": 1', '"version": "1"'));
    const q = await cli(newStore(), 'case', 'import', quoted);
    expect(q.code).toBe(1);
    expect(q.stderr).toContain('ohne Anführungszeichen');
    const cut = join(dir, 'cut.json');
    const encrypted = await encryptBackup(text, 'lang genug 🔑', { iterations: 10_000 });
    writeFileSync(cut, encrypted.slice(0, Math.floor(encrypted.length / 2)));
    const c = await cli(newStore(), 'case', 'import', cut);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('unvollständig');
    expect(c.stderr).not.toContain('kein gültiges JSON');
  });

  it('refuses an import that would change a stored case, lists it, and changes nothing', async () => {
    const store = newStore();
    await addCase(store, '2026-11-02');
    const text = (await cli(store, 'case', 'export')).stdout;
    const changed = join(dir, 'changed.json');
    writeFileSync(
      changed,
      text.replace('"a@example.org"', '"someone@example.org"').replace('"facebook"', '"adobe"'),
    );
    const before = (await cli(store, 'case', 'export')).stdout.replace(/"exportedAt": "[^"]+"/, '');
    const r = await cli(store, 'case', 'import', changed);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Fall facebook · a@example\.org \[\S+\] \(Dienst, Konto\)/);
    expect(r.stderr).toContain('nichts geändert');
    expect((await cli(store, 'case', 'export')).stdout.replace(/"exportedAt": "[^"]+"/, '')).toBe(
      before,
    );
  });

  it('says "1 person", not "1 people"', async () => {
    const store = newStore();
    await addCase(store);
    const file = join(dir, 'one.json');
    writeFileSync(file, (await cli(store, 'case', 'export')).stdout);
    const f = fakeIo({ env: { LANG: 'en', WIDERSPRUCH_STORE: newStore() } });
    await runCli(['case', 'import', file], f.io);
    expect(f.stdout()).toBe('Imported: 1 case, 1 person, 0 evidence files.\n');
  });
});

describe('other boundaries', () => {
  it('case add --json prints only JSON', async () => {
    const r = await cli(newStore(), 'case', 'add', 'facebook', '--account', 'a', '--json');
    expect(JSON.parse(r.stdout).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('--file refuses a symbolic link, as scan does', async () => {
    const store = newStore();
    const id = await addCase(store);
    const target = join(dir, 'real.txt');
    writeFileSync(target, 'proof');
    const link = join(dir, 'link.txt');
    symlinkSync(target, link);
    const r = await cli(store, 'case', 'event', id, 'evidence', '--file', link);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('symbolischer Link');
  });

  it('letter --email takes one plain address, never a second one or a header', async () => {
    const store = newStore();
    const id = await addCase(store);
    for (const email of [
      'not an email',
      'a@example.org, evil@example.org',
      'a@example.org\r\nBcc: x@example.org',
      '"A" <a@example.org>',
    ]) {
      const r = await cli(
        store,
        'letter',
        'objection',
        '--case',
        id,
        '--name',
        'A',
        '--email',
        email,
        '--format',
        'eml',
      );
      expect(r.code, email).toBe(2);
      expect(r.stderr).toContain('keine E-Mail-Adresse');
    }
    const ok = await cli(
      store,
      'letter',
      'objection',
      '--case',
      id,
      '--name',
      'A',
      '--email',
      'a@example.org',
      '--format',
      'eml',
    );
    expect(ok.code).toBe(0);
  });

  it('writes letters 0600 and never leaves a temporary file behind', async () => {
    const store = newStore();
    const id = await addCase(store);
    const folder = join(dir, 'letters');
    mkdirSync(folder);
    const out = join(folder, 'brief.txt');
    expect(
      (await cli(store, 'letter', 'objection', '--case', id, '--name', 'A', '--out', out)).code,
    ).toBe(0);
    expect(mode(out)).toBe(0o600);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(folder)).toEqual(['brief.txt']);
  });
});

describe('delete means delete', () => {
  it('leaves neither the account nor its evidence in the raw store files', async () => {
    const store = newStore();
    const account = 'geheimes-konto-7f3a@example.org';
    const r = await cli(store, 'case', 'add', 'facebook', '--account', account);
    const id = r.stdout.trim().split('\n').at(-1) as string;
    const keep = await addCase(store);
    const proof = join(dir, 'beweis.txt');
    writeFileSync(proof, 'EINMALIGER-NACHWEIS-INHALT-5c1d');
    await cli(store, 'case', 'event', id, 'evidence', '--file', proof);
    await cli(store, 'case', 'event', id, 'note', '--note', 'NOTIZ-NUR-HIER-9e2b');
    const raw = () =>
      ['', '-wal', '-shm']
        .map((s) => (existsSync(store + s) ? readFileSync(store + s).toString('latin1') : ''))
        .join('');
    expect(raw()).toContain(account);
    expect((await cli(store, 'case', 'delete', id, '--yes')).code).toBe(0);
    const after = raw();
    for (const secret of [account, 'EINMALIGER-NACHWEIS-INHALT-5c1d', 'NOTIZ-NUR-HIER-9e2b'])
      expect(after, secret).not.toContain(secret);
    expect((await cli(store, 'case', 'show', keep)).code).toBe(0);
  });
});
