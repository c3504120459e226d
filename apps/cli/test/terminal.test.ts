import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseCli } from './case-cli.js';

const { dir, cli, newStore } = caseCli('terminal');

// What a stranger or a damaged record could put into stored text: an OSC that retitles the
// terminal, a CSI that clears it, red colour, a CR/LF that fakes a row, a C1 CSI, a bidi
// override.
const HOSTILE =
  'Konto\u001b]0;PWNED\u0007\u001b[2J\u001b[31mACCEPTED\u001b[0m\r\nfake row\u009b2J\u202eevil';

/** Fails when output could drive a terminal: ESC, C1 controls, bidi controls, a bare CR. */
function expectSafe(label: string, text: string): void {
  expect(text, `${label}: ESC`).not.toContain('\u001b');
  expect(text, `${label}: C1 or DEL`).not.toMatch(/[\u007f-\u009f]/);
  expect(text, `${label}: bidi control`).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  expect(text, `${label}: bare CR`).not.toMatch(/\r(?!\n)/);
  expect(text, `${label}: BEL`).not.toContain('\u0007');
}

describe('terminal output of stored and third-party text', () => {
  it('never passes control sequences through, in any command that prints stored text', async () => {
    const store = newStore();
    const run = async (label: string, ...args: string[]) => {
      const r = await cli(store, ...args);
      expectSafe(label, r.stdout + r.stderr);
      return r;
    };
    const added = await run('case add', 'case', 'add', 'facebook', '--account', HOSTILE);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('␛]0;PWNED');
    const id = added.stdout.trim().split('\n').at(-1) as string;
    await run('case add --json', 'case', 'add', 'instagram', '--account', HOSTILE, '--json');
    await run('case event note', 'case', 'event', id, 'note', '--note', HOSTILE);
    await run('case event submitted', 'case', 'event', id, 'submitted', '--date', '2026-11-02');
    // An e-mail a stranger wrote, kept as evidence under a crafted file name.
    const subject = Buffer.from(`Re: ${HOSTILE}`).toString('base64');
    const eml = join(dir, 'mail\u001b[2J.eml');
    writeFileSync(
      eml,
      `From: "Meta\u001b[31m" <noreply@example.org>\r\nSubject: =?UTF-8?B?${subject}?=\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\n\r\nHallo\r\n`,
    );
    const kept = await run('case event evidence', 'case', 'event', id, 'evidence', '--file', eml);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('Subject: Re: Konto␛]0;PWNED');
    const list = await run('case list', 'case', 'list');
    // One row per case: the account's CR/LF does not start a row of its own.
    expect(list.stdout.trim().split('\n')).toHaveLength(2);
    expect(list.stdout).not.toMatch(/^fake row/m);
    await run('case list --json', 'case', 'list', '--json');
    const shown = await run('case show', 'case', 'show', id);
    expect(shown.stdout).toContain('mail␛[2J.eml');
    await run('case show --json', 'case', 'show', id, '--json');
    await run('remind', 'remind', id);
    await run('remind --all', 'remind', '--all');
    const sender = ['--name', HOSTILE, '--address', 'Straße 1, 10115 Berlin'];
    await run('letter text', 'letter', 'objection', '--case', id, ...sender);
    await run('letter eml', 'letter', 'objection', '--case', id, '--format', 'eml', ...sender);
    await run('letter dossier', 'letter', 'dossier', '--case', id, ...sender);
    const exported = await run('case export', 'case', 'export');
    const backup = join(dir, 'hostile.json');
    writeFileSync(backup, exported.stdout);
    await run('case import', 'case', 'import', backup, '--store', newStore());
    await run('an error naming the input', 'case', 'show', `abcd${HOSTILE}`);
    await run('text', 'text', 'facebook', '--note', HOSTILE);
    await run('case delete', 'case', 'delete', id, '--yes');
  }, 30_000);
});
