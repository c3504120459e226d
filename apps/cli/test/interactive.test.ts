import { beforeEach, describe, expect, it, vi } from 'vitest';

const answers: unknown[] = [];
const notes: string[] = [];
const warnings: string[] = [];
const CANCEL = Symbol('cancel');

vi.mock('@clack/prompts', () => {
  const next = async () => answers.shift();
  return {
    intro: vi.fn(),
    outro: vi.fn(),
    cancel: vi.fn(),
    note: (text: string) => {
      notes.push(text);
    },
    log: {
      step: vi.fn(),
      info: vi.fn(),
      warn: (text: string) => {
        warnings.push(text);
      },
    },
    isCancel: (value: unknown) => value === CANCEL,
    multiselect: next,
    select: next,
    confirm: next,
    text: next,
  };
});

const { runCli } = await import('../src/main.js');
const { openSqliteStore } = await import('../src/store/sqlite-store.js');
const { mkdtempSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const { join } = await import('node:path');
const storeDir = mkdtempSync(join(tmpdir(), 'widerspruch-interactive-'));
let storeCount = 0;
const env = () => ({
  LANG: 'de_DE.UTF-8',
  WIDERSPRUCH_STORE: join(storeDir, `s${++storeCount}.sqlite`),
});
const { fakeIo } = await import('./fake-io.js');

beforeEach(() => {
  answers.length = 0;
  notes.length = 0;
  warnings.length = 0;
});

describe('interactive guide', () => {
  it('walks through the chosen platforms and writes the text with grounds', async () => {
    answers.push(
      ['instagram', 'whatsapp'], // services
      'mobile', // device
      true, // add grounds (instagram)
      ['children'],
      'Meine Notiz.',
      true, // sent
      true, // show more
      false, // WhatsApp has no objection form of its own: only "show more?"
    );
    const f = fakeIo({ interactive: true, env: env() });
    const code = await runCli([], f.io);
    expect(code).toBe(0);
    const store = openSqliteStore(f.io.env.WIDERSPRUCH_STORE as string);
    const { cases } = await store.loadAll();
    store.close();
    expect(cases.map((c) => [c.platform, c.events[0]?.kind])).toEqual([['instagram', 'submitted']]);
    expect(f.stdout()).toContain('Instagram — Meta Platforms Ireland Limited');
    expect(f.stdout()).toContain('https://help.instagram.com/contact/');
    expect(f.stdout()).toContain('WhatsApp\n');
    expect(f.stdout()).toContain('Welcher Widerspruch hier gilt');
    expect(notes.some((n) => n.includes('Kinder') && n.endsWith('Meine Notiz.'))).toBe(true);
    expect(answers).toEqual([]);
  });

  it('asks again when the note is too long', async () => {
    answers.push(['facebook'], 'desktop', true, [], 'x'.repeat(3000), 'kurz', true, false);
    const f = fakeIo({ interactive: true, env: env() });
    expect(await runCli([], f.io)).toBe(0);
    expect(warnings[0]).toMatch(/auf 2\.000 Zeichen/);
    expect(notes.at(-1)).toMatch(/kurz$/);
  });

  it('speaks the language of LANG: Polish, French', async () => {
    answers.push(CANCEL);
    const pl = fakeIo({ interactive: true, env: { ...env(), LANG: 'pl_PL.UTF-8' } });
    expect(await runCli([], pl.io)).toBe(0);
    expect(notes[0]).toMatch(/^Ten asystent pokazuje dla każdej platformy/);
    answers.push(['facebook'], 'desktop', false, false, false);
    const fr = fakeIo({ interactive: true, env: { ...env(), LANG: 'fr_FR.UTF-8' } });
    expect(await runCli([], fr.io)).toBe(0);
    expect(notes[1]).toMatch(/^Cet assistant vous montre/);
    expect(fr.stdout()).toMatch(/Informations à jour : \d/);
    // The catalog's texts in French too: the summary starts as the French translation does.
    expect(fr.stdout()).toContain('Depuis le 27 mai 2025, Meta entraîne ses modèles');
    expect(answers).toEqual([]);
  });

  it('ends cleanly when the person cancels', async () => {
    answers.push(CANCEL);
    const f = fakeIo({ interactive: true, env: env() });
    expect(await runCli([], f.io)).toBe(0);
    expect(f.stderr()).toBe('');
  });

  it('shows the cursor again and exits 130 on a SIGINT from outside, and stops watching after', async () => {
    const { restoreTerminalOnSignal } = await import('../src/commands/interactive.js');
    const f = fakeIo({ interactive: true, env: env() });
    const exits: number[] = [];
    const before = process.listenerCount('SIGINT');
    const stop = restoreTerminalOnSignal(f.io, (code) => exits.push(code));
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    process.emit('SIGINT');
    expect(f.stdout()).toBe('\u001b[?25h\n');
    expect(exits).toEqual([130]);
    stop();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });

  it('stops watching signals when the guide ends', async () => {
    const before = process.listenerCount('SIGTERM');
    answers.push(CANCEL);
    expect(await runCli([], fakeIo({ interactive: true, env: env() }).io)).toBe(0);
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});
