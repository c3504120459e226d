import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { caseCli } from './case-cli.js';

const { dir, cli, newStore, exportText, ...helpers } = caseCli('case-input');
const addCase = (store: string, submitted = '2026-01-10', platform = 'facebook') =>
  helpers.addCase(store, submitted, platform);

async function expectRefused(store: string, args: string[], message: RegExp) {
  const r = await cli(store, ...args);
  expect(r.code, args.join(' ').slice(0, 80)).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at |unexpected error/);
}

describe('case input the store could not read back', () => {
  it('refuses too long notes, accounts and profile names, naming the field and its limit', async () => {
    const store = newStore();
    const id = await addCase(store);
    const before = await exportText(store);
    const x = (k: number) => 'x'.repeat(k);
    await expectRefused(
      store,
      ['case', 'event', id, 'note', '--note', x(25_000)],
      /--note ist 25\.000 Zeichen lang; höchstens 20\.000/,
    );
    await expectRefused(
      store,
      ['case', 'event', id, 'reply-received', '--note', x(20_001)],
      /--note .* höchstens 20\.000/,
    );
    await expectRefused(
      store,
      ['case', 'add', 'facebook', '--account', x(1000)],
      /--account ist 1\.000 Zeichen lang; höchstens 500/,
    );
    await expectRefused(
      store,
      ['case', 'add', 'facebook', '--account', 'a', '--profile', x(300)],
      /--profile ist 300 Zeichen lang; höchstens 200/,
    );
    expect(await exportText(store)).toBe(before);
    const list = await cli(store, 'case', 'list');
    expect(list.stderr).toBe('');
    // At the limit, everything is saved and can be read back.
    expect((await cli(store, 'case', 'event', id, 'note', '--note', x(20_000))).code).toBe(0);
    expect((await cli(store, 'case', 'show', id)).code).toBe(0);
  });

  it('refuses a blank account or profile, like a missing --account', async () => {
    const store = newStore();
    for (const blank of ['', '   ']) {
      await expectRefused(
        store,
        ['case', 'add', 'facebook', '--account', blank],
        /--account darf nicht leer sein/,
      );
      await expectRefused(
        store,
        ['case', 'add', 'facebook', '--account', 'a', '--profile', blank],
        /--profile darf nicht leer sein/,
      );
    }
    // Nothing was saved, so not even the store was created.
    expect(existsSync(store)).toBe(false);
  });

  it('refuses dates before the GDPR applied (25 May 2018)', async () => {
    const store = newStore();
    for (const date of ['1900-01-01', '0000-01-01', '2018-05-24']) {
      await expectRefused(
        store,
        ['case', 'add', 'facebook', '--account', 'a', '--submitted', date],
        /vor dem 25\. Mai 2018/,
      );
    }
    expect(
      (await cli(store, 'case', 'add', 'facebook', '--account', 'a', '--submitted', '2018-05-25'))
        .code,
    ).toBe(0);
    const id = await addCase(store);
    await expectRefused(
      store,
      ['case', 'event', id, 'note', '--note', 'x', '--date', '1999-12-31'],
      /vor dem 25\. Mai 2018/,
    );
  });

  it('refuses evidence of a type it does not keep, listing the accepted ones', async () => {
    const store = newStore();
    const id = await addCase(store);
    const zip = join(dir, 'export.zip');
    writeFileSync(zip, 'PK');
    await expectRefused(
      store,
      ['case', 'event', id, 'evidence', '--file', zip],
      /„export\.zip“.*\.eml, \.pdf, \.png, \.jpg/,
    );
    expect((await cli(store, 'case', 'show', id, '--json')).stdout).not.toContain('evidence-added');
  });

  it('accepts an extended deadline only within Art. 12(3) GDPR, naming the allowed range', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-01-10');
    const range = /zwischen 2026-02-11 und 2026-04-10/;
    for (const date of ['2026-01-20', '2026-02-10', '2026-04-11', '2030-01-01']) {
      await expectRefused(store, ['case', 'event', id, 'deadline-extended', '--date', date], range);
    }
    const draft = (await cli(store, 'case', 'add', 'facebook', '--account', 'b')).stdout
      .trim()
      .split('\n')
      .at(-1) as string;
    await expectRefused(
      store,
      ['case', 'event', draft, 'deadline-extended'],
      /Eine Fristverlängerung können Sie erst eintragen, wenn der Widerspruch als abgeschickt/,
    );
    for (const date of ['2026-02-11', '2026-04-10']) {
      expect(
        (await cli(store, 'case', 'event', id, 'deadline-extended', '--date', date)).code,
      ).toBe(0);
    }
    const shown = JSON.parse((await cli(store, 'case', 'show', id, '--json')).stdout);
    expect(shown.due).toMatchObject({ date: '2026-04-10', rule: 'art-12-3-extended' });
  });
});

describe('case export with unreadable records', () => {
  function spoil(store: string) {
    const db = new Database(store);
    db.prepare('INSERT INTO cases (id, json) VALUES (?, ?)').run('broken', '{"id":"broken"}');
    db.close();
  }

  it('writes no backup and fails, unless --skip-unreadable; then it warns with the count', async () => {
    const store = newStore();
    await addCase(store);
    spoil(store);
    const out = join(dir, 'backup.json');
    const refused = await cli(store, 'case', 'export', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('1 gespeicherter Eintrag ist unlesbar');
    expect(refused.stderr).toContain('--skip-unreadable');
    expect(() => readFileSync(out)).toThrow();
    const toStdout = await cli(store, 'case', 'export');
    expect(toStdout.code).toBe(1);
    expect(toStdout.stdout).toBe('');
    const skipped = await cli(store, 'case', 'export', '--out', out, '--skip-unreadable');
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain(
      'Warnung: 1 gespeicherter Eintrag (Fall broken) ist unlesbar und fehlt in dieser Sicherung',
    );
    expect(skipped.stderr).toContain('1 Fall gespeichert in');
    expect(JSON.parse(readFileSync(out, 'utf8')).cases).toHaveLength(1);
  });

  it('warns that a damaged record is missing from remind --all, which still writes the rest', async () => {
    const store = newStore();
    await helpers.addCase(store, undefined); // a draft: no deadline runs
    spoil(store);
    const none = await cli(store, 'remind', '--all');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('seine Frist fehlt in dieser Kalenderdatei');
    expect(none.stderr).toContain('keinen Ihrer lesbaren Fälle');
    await addCase(store, '2026-11-20');
    const some = await cli(store, 'remind', '--all');
    expect(some.code).toBe(0);
    expect(some.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(some.stderr).toBe(
      'Warnung: 1 gespeicherter Eintrag (Fall broken) ist unlesbar; seine Frist fehlt in dieser Kalenderdatei. Er bleibt im Speicher unverändert erhalten.\n',
    );
  });

  it('speaks of one record and one case in the singular', async () => {
    const store = newStore();
    await addCase(store);
    spoil(store);
    expect((await cli(store, 'case', 'list')).stderr).toContain(
      'Hinweis: 1 gespeicherter Eintrag (Fall broken) ist unlesbar und wird nicht angezeigt; er bleibt unverändert erhalten.',
    );
    spoil2(store);
    expect((await cli(store, 'case', 'list')).stderr).toContain(
      '2 gespeicherte Einträge (Person broken, Fall broken) sind unlesbar und werden nicht angezeigt',
    );
    const out = join(dir, 'one.json');
    await cli(store, 'case', 'export', '--out', out, '--skip-unreadable');
    const imported = await cli(newStore(), 'case', 'import', out);
    expect(imported.stdout).toBe('Eingelesen: 1 Fall, 1 Person, 0 Nachweise.\n');
  });

  it('says that a damaged stored case stops an import or a new event, and that nothing changed', async () => {
    const store = newStore();
    const id = await addCase(store);
    const backup = join(dir, 'before-damage.json');
    expect((await cli(store, 'case', 'export', '--out', backup)).code).toBe(0);
    const db = new Database(store);
    db.prepare('UPDATE cases SET json = ? WHERE id = ?').run('{"id":"x"}', id);
    db.close();
    const imported = await cli(store, 'case', 'import', backup);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain(`Der gespeicherte Fall ${id} ist beschädigt`);
    expect(imported.stderr).not.toMatch(/unexpected|Please report/);
    const noted = await cli(store, 'case', 'event', id, 'note', '--note', 'x');
    expect(noted.code).toBe(2);
    expect(noted.stderr).toContain(
      '1 gespeicherter Eintrag ist beschädigt; vielleicht ist der gesuchte Fall betroffen',
    );
  });

  function spoil2(store: string) {
    const db = new Database(store);
    db.prepare('INSERT INTO profiles (id, json) VALUES (?, ?)').run('broken', '[]');
    db.close();
  }
});

describe('case output in words', () => {
  it('shows event kinds and replies as words, in German and English', async () => {
    const store = newStore();
    const id = await addCase(store);
    const confirmed = await cli(
      store,
      'case',
      'event',
      id,
      'reply-received',
      '--reply',
      'rejected',
    );
    expect(confirmed.stdout).toContain(`Eingetragen: Antwort erhalten (Fall ${id})`);
    const shown = (await cli(store, 'case', 'show', id)).stdout;
    expect(shown).toContain('2026-01-10 Widerspruch abgeschickt');
    expect(shown).toContain('Antwort erhalten — Widerspruch abgelehnt');
    expect(shown).not.toMatch(/\bsubmitted\b|reply-received|\brejected\b/);
    const english = (await cli(store, 'case', 'show', id, '--lang', 'en')).stdout;
    expect(english).toContain('2026-01-10 Objection sent');
    expect(english).toContain('Answer received — Objection rejected');
  });

  it('warns to object again after a rule change, in show and list', async () => {
    const store = newStore();
    // Facebook changed its rules on 2026-05-13 (catalog history), after this objection.
    const id = await addCase(store, '2026-03-10');
    const json = JSON.parse((await cli(store, 'case', 'show', id, '--json')).stdout);
    expect(json.objectAgain).toBeDefined();
    const shown = (await cli(store, 'case', 'show', id)).stdout;
    expect(shown).toContain('Erneut prüfen');
    expect(shown).toContain(json.objectAgain.text.slice(0, 40));
    expect((await cli(store, 'case', 'show', id, '--lang', 'en')).stdout).toContain('Check again');
    expect((await cli(store, 'case', 'list')).stdout).toContain('Regeln geändert – erneut prüfen');
    // No warning when the objection came after the last change.
    const other = newStore();
    const later = await addCase(other, '2026-06-01');
    expect((await cli(other, 'case', 'show', later)).stdout).not.toContain('Erneut prüfen');
    expect((await cli(other, 'case', 'list')).stdout).not.toContain('erneut prüfen');
  });
});
