import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { caseCli } from './case-cli.js';
import { fakeIo } from './fake-io.js';

const { dir, cli, newStore, exportText, ...helpers } = caseCli('case');
const addCase = (store: string, submitted = '2026-03-10', platform = 'facebook') =>
  helpers.addCase(store, submitted, platform);

async function show(store: string, id: string) {
  const r = await cli(store, 'case', 'show', id, '--json');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('widerspruch case', () => {
  it('adds a case and prints its id alone on the last line; the due date follows Art. 12(3)', async () => {
    const store = newStore();
    const id = await addCase(store);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const c = await show(store, id);
    expect(c.due).toMatchObject({ date: '2026-04-10', rule: 'art-12-3-one-month' });
    expect(c.due.ruleText).toContain('Art. 12 Abs. 3 DSGVO');
    expect(c.next.id).toBe('send-reminder');
    const late = await show(store, await addCase(store, '2026-01-31'));
    expect(late.due.date).toBe('2026-03-02');
  });

  it('--via web-form waits for the confirmation: no month, then check spam and object again', async () => {
    const store = newStore();
    const r = await cli(
      store,
      'case',
      'add',
      'facebook',
      '--account',
      'a@example.org',
      '--submitted',
      '2026-03-10',
      '--via',
      'web-form',
    );
    expect(r.code).toBe(0);
    const c = await show(store, r.stdout.trim().split('\n').at(-1) as string);
    expect(c.due).toBeUndefined();
    expect(c.next.id).toBe('check-spam-resubmit');
    const alone = await cli(store, 'case', 'add', 'facebook', '--account', 'b', '--via', 'letter');
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--submitted');
    const wrong = await cli(store, 'case', 'add', 'facebook', '--account', 'b', '--via', 'fax');
    expect(wrong.code).toBe(2);
  });

  it('records an objection sent again through the form as such: no month, no reminder', async () => {
    const store = newStore();
    const add = ['case', 'add', 'facebook', '--account', 'a@example.org'];
    const r = await cli(store, ...add, '--submitted', '2026-03-10', '--via', 'web-form');
    const id = r.stdout.trim().split('\n').at(-1) as string;
    const text = await cli(store, 'case', 'show', id);
    expect(text.stdout).toContain(`case event ${id.slice(0, 8)} submitted --via web-form`);
    const again = await cli(store, 'case', 'event', id, 'submitted', '--via', 'web-form');
    expect(again.code).toBe(0);
    const c = await show(store, id);
    expect(c.state).toBe('awaiting-confirmation');
    expect(c.due).toBeUndefined();
    const reminder = await cli(store, 'letter', 'reminder', '--case', id);
    expect(reminder.code).not.toBe(0);
    expect(reminder.stderr).toContain('Formular');
    const note = await cli(store, 'case', 'event', id, 'note', '--note', 'x', '--via', 'letter');
    expect(note.code).toBe(2);
    expect(note.stderr).toContain('submitted');
  });

  it('finds a case by a unique prefix and lists what needs attention first', async () => {
    const store = newStore();
    const early = await addCase(store, '2026-11-20');
    const overdue = await addCase(store, '2026-01-31');
    expect((await show(store, overdue.slice(0, 8))).id).toBe(overdue);
    const list = JSON.parse((await cli(store, 'case', 'list', '--json')).stdout);
    expect(list.cases.map((c: { id: string }) => c.id)).toEqual([overdue, early]);
  });

  it('shows the letters for the case: now, or from the day after the deadline', async () => {
    const store = newStore();
    const waiting = await addCase(store, '2026-11-20');
    const text = (await cli(store, 'case', 'show', waiting)).stdout;
    expect(text).toContain(
      `Passende Schreiben:\n  Erinnerung – ab dem 22. Dezember 2026:\n    widerspruch letter reminder --case ${waiting.slice(0, 8)}\n`,
    );
    expect(text).toContain('Beschwerde – ab dem 22. Dezember 2026:');
    expect((await show(store, waiting)).letters).toEqual([
      { kind: 'reminder', from: '2026-12-22' },
      { kind: 'complaint', from: '2026-12-22' },
    ]);
    // The letter itself agrees: not yet.
    const early = await cli(store, 'letter', 'reminder', '--case', waiting, '--name', 'A B');
    expect(early.code).toBe(2);
    const overdue = await addCase(store, '2026-03-10');
    expect((await show(store, overdue)).letters).toEqual([
      { kind: 'reminder' },
      { kind: 'complaint' },
    ]);
    expect((await cli(store, 'case', 'show', overdue)).stdout).toContain(
      `  Erinnerung: widerspruch letter reminder --case ${overdue.slice(0, 8)}\n`,
    );
    const asked = await cli(
      store,
      'case',
      'event',
      overdue,
      'reply-received',
      '--reply',
      'asks-for-reason',
    );
    expect(asked.code).toBe(0);
    expect((await cli(store, 'case', 'show', overdue)).stdout).toContain(
      `  Neuer Widerspruch mit Gründen:\n    widerspruch letter objection --case ${overdue.slice(0, 8)} --reason <grund>\n    (die Gründe zur Auswahl: widerspruch text --list-reasons)\n`,
    );
  });

  it('records events, a reply and evidence; recognises Meta’s confirmation e-mail', async () => {
    const store = newStore();
    const id = await addCase(store);
    const eml = join(import.meta.dirname, 'fixtures', 'meta-confirmation.eml');
    const attached = await cli(store, 'case', 'event', id, 'evidence', '--file', eml);
    expect(attached.code).toBe(0);
    expect(attached.stdout).toContain('Wir haben deinen Widerspruch erhalten');
    expect(attached.stderr).toContain(`case event ${id} confirmation-received --date 2026-03-11`);
    const c = await show(store, id);
    const evidence = c.events.find((e: { kind: string }) => e.kind === 'evidence-added').evidence;
    expect(evidence.sha256).toBe(createHash('sha256').update(readFileSync(eml)).digest('hex'));
    expect(evidence.email.from).toContain('mail.instagram.com');
    const confirmed = await cli(
      store,
      'case',
      'event',
      id,
      'confirmation-received',
      '--date',
      '2026-03-11',
    );
    expect(confirmed.code).toBe(0);
    expect((await show(store, id)).state).toBe('confirmed');
    const rejected = await cli(
      store,
      'case',
      'event',
      id,
      'reply-received',
      '--reply',
      'rejected',
      '--note',
      'Ablehnung',
    );
    expect(rejected.code).toBe(0);
    expect((await show(store, id)).next.id).toBe('escalate-rejection');
  });

  it('keeps no evidence file when its event is refused', async () => {
    const store = newStore();
    const id = await addCase(store);
    // The store refuses the case's next write (as when it is deleted meanwhile, or the
    // process ends between the two writes): the file read before must not stay behind.
    const db = new Database(store);
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON cases BEGIN SELECT RAISE(ABORT, 'no'); END");
    db.close();
    const eml = join(import.meta.dirname, 'fixtures', 'meta-confirmation.eml');
    const refused = await cli(store, 'case', 'event', id, 'evidence', '--file', eml);
    expect(refused.code).not.toBe(0);
    const after = new Database(store, { readonly: true });
    const count = after.prepare('SELECT count(*) AS n FROM evidence').get() as { n: number };
    after.close();
    expect(count.n).toBe(0);
  });

  it('refuses bad input with exit 2 and leaves the store exactly as it was', async () => {
    const store = newStore();
    const id = await addCase(store);
    const before = await exportText(store);
    const tooBig = join(dir, 'huge.eml');
    writeFileSync(tooBig, '');
    truncateSync(tooBig, 30 * 1024 * 1024);
    const notMail = join(dir, 'not-mail.eml');
    writeFileSync(notMail, new Uint8Array([0, 255, 0, 254, 1, 2, 3]));
    const cases: [string[], RegExp][] = [
      [['case', 'event', id, 'confirmation-recieved'], /Meinten Sie „confirmation-received“/],
      [['case', 'event', id, 'confirmation-received', '--date', '2099-01-01'], /in der Zukunft/],
      [
        ['case', 'event', id, 'confirmation-received', '--date', '2026-02-30'],
        /kein gültiges Datum/,
      ],
      [['case', 'event', id, 'evidence', '--file', tooBig], /höchstens 25 MB/],
      [['case', 'event', id, 'evidence', '--file', join(dir, 'missing.eml')], /gibt es nicht/],
      [['case', 'event', 'nope', 'note', '--note', 'x'], /Einen Fall „nope“ gibt es nicht/],
      [['case', 'add', 'facebok', '--account', 'x'], /Meinten Sie „facebook“/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(store, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const unreadable = await cli(store, 'case', 'event', id, 'evidence', '--file', notMail);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('.eml');
    expect(await exportText(store)).toBe(before);
  });

  it('refuses corrupt, newer and unknown-platform imports without changing anything', async () => {
    const store = newStore();
    await addCase(store);
    const before = await exportText(store);
    const files: [string, string, RegExp][] = [
      ['corrupt.json', '{"format":"widerspruch","version":1,"cases":[', /unvollständig/],
      ['notjson.json', 'format: widerspruch', /kein gültiges JSON/],
      ['newer.json', '{"format":"widerspruch","version":7}', /neueren Version/],
      [
        'unknown.json',
        JSON.stringify({
          format: 'widerspruch',
          version: 1,
          exportedAt: '2026-03-10T00:00:00.000Z',
          profiles: [{ id: 'p', name: 'x', createdAt: '2026-03-10T00:00:00.000Z' }],
          cases: [
            {
              id: 'c',
              platform: 'myspace',
              account: '',
              profile: 'p',
              createdAt: '2026-03-10T00:00:00.000Z',
              events: [],
            },
          ],
        }),
        /myspace/,
      ],
    ];
    for (const [name, content, message] of files) {
      writeFileSync(join(dir, name), content);
      const r = await cli(store, 'case', 'import', join(dir, name));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('Es wurde nichts geändert');
    }
    expect(await exportText(store)).toBe(before);
  });

  it('exports and imports into another store without loss, evidence included', async () => {
    const a = newStore();
    const id = await addCase(a);
    const eml = join(dir, 'copy.eml');
    copyFileSync(join(import.meta.dirname, 'fixtures', 'meta-confirmation.eml'), eml);
    await cli(a, 'case', 'event', id, 'evidence', '--file', eml);
    await cli(a, 'case', 'event', id, 'note', '--note', 'Grüße 👋\nzweite Zeile');
    const file = join(dir, 'export.json');
    expect((await cli(a, 'case', 'export', '--out', file)).code).toBe(0);
    const b = newStore();
    expect((await cli(b, 'case', 'import', file)).code).toBe(0);
    expect(await exportText(b)).toBe(await exportText(a));
  });

  it('exports a passphrase-protected backup and imports it only with that passphrase', async () => {
    const a = newStore();
    await addCase(a);
    const run = async (env: Record<string, string>, ...args: string[]) => {
      const f = fakeIo({ env: { LANG: 'de_DE.UTF-8', ...env } });
      const code = await runCli(args, f.io);
      return { code, stdout: f.stdout(), stderr: f.stderr() };
    };
    const file = join(dir, 'secret.json');
    // Without a terminal, the passphrase comes from the environment or not at all.
    const none = await run({}, 'case', 'export', '--encrypt', '--out', file, '--store', a);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('WIDERSPRUCH_PASSPHRASE');
    expect(() => readFileSync(file)).toThrow();
    const short = await run(
      { WIDERSPRUCH_PASSPHRASE: 'kurz' },
      'case',
      'export',
      '--encrypt',
      '--store',
      a,
    );
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('mindestens 8 Zeichen');
    const secret = { WIDERSPRUCH_PASSPHRASE: 'lang genug 🔑' };
    const written = await run(secret, 'case', 'export', '--encrypt', '--out', file, '--store', a);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('(mit Passwort verschlüsselt)');
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).format).toBe('widerspruch-encrypted');
    expect(text).not.toContain('a@example.org');
    const b = newStore();
    const wrong = await run(
      { WIDERSPRUCH_PASSPHRASE: 'lang genug 🔒' },
      'case',
      'import',
      file,
      '--store',
      b,
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Das Passwort passt nicht');
    const right = await run(secret, 'case', 'import', file, '--store', b);
    expect(right.code).toBe(0);
    expect(right.stderr).toContain('Passwort aus der Umgebungsvariable WIDERSPRUCH_PASSPHRASE');
    // A damaged file is refused as such, before any passphrase is asked for.
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, JSON.stringify({ ...JSON.parse(text), data: 'AAAA' }));
    const refused = await run({}, 'case', 'import', damaged, '--store', b);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('beschädigt');
    expect(refused.stderr).not.toContain('WIDERSPRUCH_PASSPHRASE');
    expect(await exportText(b)).toBe(await exportText(a));
  });

  it('writes a valid .ics reminder for the due date', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-11-20');
    const r = await cli(store, 'remind', id, '--ics');
    expect(r.code).toBe(0);
    const vevent = new ICAL.Component(ICAL.parse(r.stdout)).getFirstSubcomponent('vevent');
    if (vevent === null) throw new Error('no VEVENT in the .ics');
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toString()).toBe('2026-12-21');
    // iCalendar is the only format: --ics may be left out.
    const noFormat = await cli(store, 'remind', id);
    expect(noFormat.code).toBe(0);
    expect(noFormat.stdout).toBe(r.stdout);
    // A case id needs at least 4 characters; a shorter one says so.
    const short = await cli(store, 'remind', id.slice(0, 3));
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('mindestens 4 Zeichen');
  });

  it('shows and reminds of the due dates of access and erasure requests', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-09-20');
    const ok = async (...args: string[]) => expect((await cli(store, ...args)).code).toBe(0);
    await ok('case', 'event', id, 'confirmation-received', '--date', '2026-09-21');
    // Confirmed: no deadline runs for the objection, so there is nothing to remind of yet.
    expect((await cli(store, 'remind', id)).code).toBe(1);
    await ok('case', 'event', id, 'access-requested', '--date', '2026-10-01');
    await ok('case', 'event', id, 'erasure-requested', '--date', '2026-11-28');
    // Lines are wrapped to the terminal's width.
    const text = (await cli(store, 'case', 'show', id)).stdout.replace(/\s+/g, ' ');
    expect(text).toContain(
      'Auskunftsersuchen vom 1. Oktober 2026: Antwort war fällig am 2. November 2026. Ist keine gekommen, können Sie sich bei der Aufsichtsbehörde beschweren (Art. 77 DSGVO).',
    );
    expect(text).toContain(
      'Antrag auf Löschung vom 28. November 2026: Antwort ist fällig am 28. Dezember 2026 Nächster Schritt',
    );
    expect((await show(store, id)).requests).toEqual([
      {
        kind: 'access-requested',
        sentOn: '2026-10-01',
        due: { date: '2026-11-02', rule: 'art-12-3-one-month' },
        daysLeft: -27,
      },
      {
        kind: 'erasure-requested',
        sentOn: '2026-11-28',
        due: { date: '2026-12-28', rule: 'art-12-3-one-month' },
        daysLeft: 29,
      },
    ]);
    const r = await cli(store, 'remind', id);
    expect(r.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(r.stdout))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2026-11-02', 'Auskunftsersuchen Facebook: Antwort fällig'],
      ['2026-12-28', 'Antrag auf Löschung Facebook: Antwort fällig'],
    ]);
  });

  it('puts the due dates of all cases in one calendar file with --all', async () => {
    const store = newStore();
    expect((await cli(store, 'remind', '--all')).code).toBe(1);
    const a = await addCase(store, '2026-11-20');
    const b = await addCase(store, '2026-03-10', 'instagram');
    await helpers.addCase(store, undefined, 'linkedin'); // a draft: no deadline runs
    const r = await cli(store, 'remind', '--all');
    expect(r.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(r.stdout))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    // What needs attention first: the overdue Instagram case, then the running one.
    expect(events.map((e) => [e.startDate.toString(), e.summary, e.uid.slice(0, 36)])).toEqual([
      ['2026-04-10', 'Widerspruch Instagram: Antwort fällig', b],
      ['2026-12-21', 'Widerspruch Facebook: Antwort fällig', a],
    ]);
    // A case id or --all, not both, not neither.
    const both = await cli(store, 'remind', a, '--all');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('nicht beides');
    const neither = await cli(store, 'remind');
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--all');
  });
});
