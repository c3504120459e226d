import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseCli } from './case-cli.js';

// fakeIo's clock says 2026-11-29.
const { dir, cli, newStore, addCase } = caseCli('letter');
const SENDER = ['--name', 'Anna Muster', '--address', 'Musterstraße 1, 20095 Hamburg'];

async function event(store: string, id: string, ...args: string[]) {
  expect((await cli(store, 'case', 'event', id, ...args)).code).toBe(0);
}

async function show(store: string, id: string) {
  return JSON.parse((await cli(store, 'case', 'show', id, '--json')).stdout);
}

const letter = (store: string, kind: string, id: string, ...args: string[]) =>
  cli(store, 'letter', kind, '--case', id, ...SENDER, ...args);

describe('widerspruch letter: no false facts', () => {
  it('refuses reminder, complaint and erasure for an objection never sent, saying how to record it', async () => {
    const store = newStore();
    const id = await addCase(store);
    for (const kind of ['reminder', 'complaint', 'erasure']) {
      const r = await letter(store, kind, id, '--country', 'DE', '--region', 'HH');
      expect(r.code, kind).toBe(2);
      expect(r.stdout, kind).toBe('');
      expect(r.stderr).toContain('noch nicht als abgeschickt eingetragen');
      expect(r.stderr).toContain(`widerspruch case event ${id} submitted --date`);
    }
    // Said before the sender is asked for: such a letter needs no name and address yet.
    const bare = await cli(store, 'letter', 'reminder', '--case', id);
    expect(bare.stderr).toContain('noch nicht als abgeschickt eingetragen');
    expect(bare.stderr).not.toContain('Wer schreibt den Brief?');
    expect((await letter(store, 'objection', id)).code).toBe(0);
    expect((await letter(store, 'dossier', id)).stdout).toContain('noch nicht abgeschickt');
  });

  it('refuses a reminder and a complaint before the deadline, naming its end', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-11-20');
    const reminder = await letter(store, 'reminder', id);
    expect(reminder.code).toBe(2);
    expect(reminder.stdout).toBe('');
    expect(reminder.stderr).toContain('läuft noch bis zum 21. Dezember 2026');
    expect(reminder.stderr).toContain('Die Erinnerung lässt sich für diesen Fall jetzt nicht');
    const complaint = await letter(store, 'complaint', id, '--country', 'DE', '--region', 'HH');
    expect(complaint.code).toBe(2);
    expect(complaint.stderr).toContain('21. Dezember 2026');
    expect(complaint.stderr).toContain('Die Beschwerde lässt sich');
    // An objection letter for a case already sent is fine.
    expect((await letter(store, 'objection', id)).code).toBe(0);
  });

  it('writes a reminder after the deadline, and a second one names the Art. 12(3) date', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-09-01');
    const first = await letter(store, 'reminder', id);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('am 1. September 2026 habe ich');
    expect(first.stdout).toContain('ist am 1. Oktober 2026 abgelaufen');
    await event(store, id, 'reminder-sent', '--date', '2026-10-05');
    const second = await letter(store, 'reminder', id);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      'Die Frist von einem Monat nach Art. 12 Abs. 3 DSGVO ist am 1. Oktober 2026 abgelaufen',
    );
  });

  it('allows a complaint after a rejection but no reminder, and none after a confirmation', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-11-20');
    await event(store, id, 'reply-received', '--reply', 'rejected', '--date', '2026-11-25');
    const complaint = await letter(store, 'complaint', id, '--country', 'DE', '--region', 'HH');
    expect(complaint.code).toBe(0);
    expect(complaint.stdout).toContain('abgelehnt');
    expect(complaint.stderr).toContain(
      'Online-Beschwerdeformular der Behörde (Text dort einfügen): https://',
    );
    expect(complaint.stderr).not.toContain('keine E-Mail-Adresse');
    expect(complaint.stderr).not.toContain('übersetzen');
    // In France: the CNIL's form, no e-mail on record, and French is its language.
    const france = await letter(store, 'complaint', id, '--country', 'FR');
    expect(france.code).toBe(0);
    expect(france.stderr).toContain('https://www.cnil.fr/');
    expect(france.stderr).toContain('keine E-Mail-Adresse hinterlegt');
    expect(france.stderr).toContain('nimmt Beschwerden auf Französisch entgegen');
    const reminder = await letter(store, 'reminder', id);
    expect(reminder.code).toBe(2);
    expect(reminder.stderr).toContain('Das Unternehmen hat geantwortet');
    const confirmed = await addCase(store, '2026-09-01');
    await event(store, confirmed, 'confirmation-received', '--date', '2026-09-10');
    expect((await letter(store, 'complaint', confirmed, '--country', 'AT')).code).toBe(2);
  });
});

describe('widerspruch letter: deadlines after reminders, extensions and a new objection', () => {
  it('waits for a deadline the company extended after the reminder', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-09-20');
    await event(store, id, 'reminder-sent', '--date', '2026-10-25');
    await event(store, id, 'deadline-extended', '--date', '2026-12-20');
    expect((await show(store, id)).due.date).toBe('2026-12-20');
    for (const kind of ['reminder', 'complaint']) {
      const r = await letter(store, kind, id, '--country', 'DE', '--region', 'HH');
      expect(r.code, kind).toBe(2);
      expect(r.stdout, kind).toBe('');
      expect(r.stderr, kind).toContain('20. Dezember 2026');
    }
    // The dossier lists the extension on the day it was recorded, with its new deadline.
    const dossier = (await letter(store, 'dossier', id)).stdout;
    expect(dossier).toMatch(
      /29\. November 2026.*Frist vom Unternehmen verlängert bis zum 20\. Dezember 2026/,
    );
    expect(dossier).not.toMatch(/20\. Dezember 2026 \| Frist vom Unternehmen/);
  });

  it('counts no reminder or extension from before the objection was sent again', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-08-01');
    await event(store, id, 'reminder-sent', '--date', '2026-09-05');
    await event(store, id, 'reply-received', '--reply', 'asks-for-reason', '--date', '2026-10-01');
    const reminderRefused = await letter(store, 'reminder', id);
    expect(reminderRefused.stderr).toContain('nach Gründen gefragt');
    expect(reminderRefused.stderr).toContain(`widerspruch letter objection --case ${id} --reason`);
    await event(store, id, 'submitted', '--date', '2026-11-25');
    const c = await show(store, id);
    expect([c.state, c.due.date]).toEqual(['awaiting-answer', '2026-12-25']);
    for (const kind of ['reminder', 'complaint']) {
      const r = await letter(store, kind, id, '--country', 'DE', '--region', 'HH');
      expect(r.code, kind).toBe(2);
      expect(r.stderr, kind).toContain('25. Dezember 2026');
    }
  });
  it('answers a request for proof of identity with the objection, not a reminder', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-11-02');
    await event(store, id, 'reply-received', '--reply', 'asks-for-id', '--date', '2026-11-10');
    const reminder = await letter(store, 'reminder', id);
    expect(reminder.code).toBe(2);
    expect(reminder.stderr).toContain('Identitätsnachweis verlangt');
    expect(reminder.stderr).toContain(`widerspruch letter objection --case ${id}`);
    const objection = await letter(store, 'objection', id);
    expect(objection.code).toBe(0);
    expect(objection.stdout).toContain('Mit Ihrer Antwort vom 10. November 2026');
  });

  it('leaves out an extension of the earlier objection even when its date comes later', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-08-01');
    // The company extended to 30 October, then asked for reasons; sent again on 20 October.
    await event(store, id, 'deadline-extended', '--date', '2026-10-30');
    await event(store, id, 'reply-received', '--reply', 'asks-for-reason', '--date', '2026-10-01');
    await event(store, id, 'submitted', '--date', '2026-10-20');
    const c = await show(store, id);
    expect([c.state, c.due.date, c.due.rule]).toEqual([
      'overdue',
      '2026-11-20',
      'art-12-3-one-month',
    ]);
  });
});

describe('widerspruch letter: format from --out', () => {
  it('writes a PDF for x.pdf and an e-mail for x.eml without --format; refuses a contradiction', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-11-20');
    const pdf = join(dir, 'x.pdf');
    const written = await letter(store, 'objection', id, '--out', pdf);
    expect(written.code).toBe(0);
    expect(written.stderr).not.toContain('Hinweis');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // Characters the PDF's font lacks are named, with what to do instead.
    const named = await cli(
      store,
      ...['letter', 'objection', '--case', id, '--name', 'Anna 山田', '--address', 'Weg 1'],
      ...['--out', join(dir, 'cjk.pdf')],
    );
    expect(named.code).toBe(0);
    expect(named.stderr).toContain('kann die Schrift des PDFs nicht darstellen');
    expect(named.stderr).toContain(': 山 田.');
    const eml = join(dir, 'x.eml');
    expect((await letter(store, 'objection', id, '--out', eml)).code).toBe(0);
    expect(readFileSync(eml, 'utf8')).toMatch(/^MIME-Version: 1\.0|\r\nMIME-Version: 1\.0/);
    const txt = join(dir, 'x.txt');
    const clash = await letter(store, 'objection', id, '--out', txt, '--format', 'pdf');
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('--format pdf passt nicht zu --out');
    expect(existsSync(txt)).toBe(false);
    expect((await letter(store, 'objection', id, '--out', txt, '--format', 'text')).code).toBe(0);
    expect(readFileSync(txt, 'utf8')).toContain('Sehr geehrte');
  });
});

describe('widerspruch letter: residence for a complaint', () => {
  it('refuses unknown countries and regions, listing the known ones', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-09-01');
    const country = await letter(store, 'complaint', id, '--country', 'XX');
    expect(country.code).toBe(2);
    expect(country.stdout).toBe('');
    expect(country.stderr).toContain('AT, BE, BG');
    const region = await letter(store, 'complaint', id, '--country', 'DE', '--region', 'ZZ');
    expect(region.code).toBe(2);
    expect(region.stderr).toContain('BB, BE, BW, BY');
    const mismatch = await letter(store, 'complaint', id, '--country', 'AT', '--region', 'BY');
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('passt nicht zu --country AT');
    const land = await letter(store, 'complaint', id, '--region', 'by');
    expect(land.code).toBe(0);
    expect(land.stdout).toContain('Bayerisches Landesamt für Datenschutzaufsicht');
    const austria = await letter(store, 'complaint', id, '--country', 'at');
    expect(austria.code).toBe(0);
    expect(austria.stdout).toContain('Datenschutzbehörde');
  });
});

describe('widerspruch letter --record and --save-sender', () => {
  it('keeps the sending date and deadline when an objection is recorded for a case already sent', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-11-20');
    const r = await letter(store, 'objection', id, '--record');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('dieses Datum und die Frist bleiben');
    const c = await show(store, id);
    expect(c.submittedOn).toBe('2026-11-20');
    expect(c.due.date).toBe('2026-12-21');
    const kinds = c.events.map((e: { kind: string }) => e.kind);
    expect(kinds.filter((k: string) => k === 'submitted')).toHaveLength(1);
    expect(kinds).toContain('evidence-added');
  });

  it('records the sending of a first objection, and of a new one with grounds when asked for reasons', async () => {
    const store = newStore();
    const draft = await addCase(store);
    expect((await letter(store, 'objection', draft, '--record')).code).toBe(0);
    expect((await show(store, draft)).submittedOn).toBe('2026-11-29');
    const asked = await addCase(store, '2026-10-01');
    await event(
      store,
      asked,
      'reply-received',
      '--reply',
      'asks-for-reason',
      '--date',
      '2026-10-20',
    );
    const again = await letter(store, 'objection', asked, '--reason', 'children', '--record');
    expect(again.code).toBe(0);
    const c = await show(store, asked);
    expect(c.submittedOn).toBe('2026-11-29');
    expect(c.state).toBe('awaiting-answer');
  });

  it('saves the sender only when the letter was written', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-11-20');
    const failed = await cli(
      store,
      'letter',
      'objection',
      '--case',
      'nope',
      ...SENDER,
      '--save-sender',
    );
    expect(failed.code).toBe(2);
    const before = await cli(store, 'letter', 'objection', '--case', id);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('Wer schreibt den Brief?');
    const refused = await cli(
      store,
      'letter',
      'reminder',
      '--case',
      id,
      ...SENDER,
      '--save-sender',
    );
    expect(refused.code).toBe(2);
    const noSender = await cli(store, 'letter', 'objection', '--case', id);
    expect(noSender.code).toBe(2);
    expect(noSender.stderr).toContain('Wer schreibt den Brief?');
    expect((await letter(store, 'objection', id, '--save-sender')).code).toBe(0);
    const saved = await cli(store, 'letter', 'objection', '--case', id);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain('Anna Muster');
  });
});

describe('widerspruch letter complaint: the language the authority takes', () => {
  it('writes to the CNIL in French, says why, and prints a German copy on request', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-09-01');
    const r = await letter(store, 'complaint', id, '--country', 'FR');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Réclamation au titre de l’article 77 du RGPD');
    expect(r.stderr).toContain(
      'Das Schreiben ist auf Französisch: Die Behörde nimmt Beschwerden auf Französisch entgegen, nicht auf Deutsch.',
    );
    expect(r.stderr).toContain('--translation');
    const copy = await letter(store, 'complaint', id, '--country', 'FR', '--translation');
    expect(copy.stdout).toContain('Beschwerde gemäß Art. 77 DSGVO');
    expect(copy.stderr).toContain('Nur zum Lesen: dieselbe Beschwerde auf Deutsch.');
    // The reading copy is never recorded as the letter sent.
    await letter(store, 'complaint', id, '--country', 'FR', '--translation', '--record');
    expect((await show(store, id)).events.map((e: { kind: string }) => e.kind)).not.toContain(
      'complaint-filed',
    );
  });

  it('takes --letter-lang among the authority’s languages only, and for complaints only', async () => {
    const store = newStore();
    const id = await addCase(store, '2026-09-01');
    const be = await letter(store, 'complaint', id, '--country', 'BE', '--lang', 'en');
    expect(be.stdout).toContain('article 77 du RGPD');
    expect(be.stderr).toContain('--letter-lang nl, de');
    const de = await letter(store, 'complaint', id, '--country', 'BE', '--letter-lang', 'de');
    expect(de.code).toBe(0);
    expect(de.stdout).toContain('Art. 77 DSGVO');
    expect(de.stderr).toContain('Das Schreiben ist auf Deutsch, wie gewählt');
    const refused = await letter(store, 'complaint', id, '--country', 'FR', '--letter-lang', 'de');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('nimmt Beschwerden in dieser Sprache nicht an. Möglich: fr.');
    const unknown = await letter(store, 'complaint', id, '--letter-lang', 'xx');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Möglich: de, en, fr, es, it, nl, pl.');
    const objection = await letter(store, 'objection', id, '--letter-lang', 'fr');
    expect(objection.code).toBe(2);
    expect(objection.stderr).toContain('--letter-lang gilt nur für die Beschwerde');
  });
});
