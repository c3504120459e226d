import { LOCALES } from '@widerspruch/catalog/locales';
import { describe, expect, it } from 'vitest';
import { descriptions } from '../src/help.js';
import { buildProgram, runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

async function run(args: string[], env: Record<string, string> = { LANG: 'de_DE.UTF-8' }) {
  const f = fakeIo({ env });
  const code = await runCli(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe('widerspruch guide', () => {
  it.each(['facebook', 'instagram'])(
    'gives form, both in-app routes and the default text for %s (de)',
    async (id) => {
      const { code, stdout } = await run(['guide', id, '--lang', 'de', '--json']);
      expect(code).toBe(0);
      const guide = JSON.parse(stdout);
      expect(guide.platform.id).toBe(id);
      expect(guide.form.url).toMatch(/^https:\/\/(www\.facebook|help\.instagram)\.com\/.+/);
      const routeIds = guide.inAppRoutes.map((r: { id: string }) => r.id);
      expect(routeIds).toEqual(
        expect.arrayContaining(['privacy-policy-route', 'privacy-center-route']),
      );
      expect(guide.inAppRoutes.every((r: { steps: string[] }) => r.steps.length >= 2)).toBe(true);
      expect(guide.text.text).toBe(
        'Hiermit widerspreche ich der Verarbeitung meiner Daten im Zusammenhang mit KI-Anwendungen durch Meta.',
      );
      expect(guide.steps.map((s: { id: string }) => s.id)).toEqual(
        expect.arrayContaining([
          'open-form',
          'in-app',
          'enter',
          'after',
          'coverage',
          'linked-accounts',
          'third-party',
          'status-posts',
        ]),
      );
    },
  );

  it.each(['facebook', 'instagram'])('gives the English guide for %s', async (id) => {
    const { code, stdout } = await run([
      'guide',
      id,
      '--lang',
      'en',
      '--device',
      'mobile',
      '--json',
    ]);
    expect(code).toBe(0);
    const guide = JSON.parse(stdout);
    expect(guide.locale).toBe('en');
    expect(guide.device).toBe('mobile');
    expect(guide.text.text).toBe(
      'I hereby object to the processing of my data in connection with AI applications by Meta.',
    );
    expect(guide.inAppRoutes.length).toBeGreaterThanOrEqual(2);
    expect(guide.steps[0].title).toBe('Open the official form');
  });

  it('prints a readable guide without colour codes when colour is off', async () => {
    const { code, stdout } = await run(['guide', 'instagram']);
    expect(code).toBe(0);
    expect(stdout).toContain('Offizielles Formular öffnen');
    expect(stdout).toContain('https://help.instagram.com/contact/');
    expect(stdout).not.toContain('\u001b[');
  });

  it('prints the links inside a step section, e.g. the form for content others posted', async () => {
    const { code, stdout } = await run(['guide', 'facebook']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /→ Formular für Informationen aus anderen Quellen \(KI bei Meta\)\n\s+https:\/\/www\.facebook\.com\/help\/contact\/\d+\n/,
    );
  });

  it('exits 2 with a suggestion for an unknown platform', async () => {
    const { code, stderr, stdout } = await run(['guide', 'instagarm']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Meinten Sie „instagram“?');
    expect(stderr).toContain('facebook');
    const empty = await run(['guide', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('Bitte nennen Sie eine Plattform.');
    expect(empty.stderr).not.toContain('Meinten Sie');
  });

  it('exits 2 for an unknown language or device, in the language of the environment', async () => {
    const lang = await run(['guide', 'facebook', '--lang', 'fy'], { LANG: 'en_GB.UTF-8' });
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('There is no language "fy"');
    expect(lang.stderr).toContain('de, en, fr, es, it, nl, pl');
    const device = await run(['guide', 'facebook', '--device', 'mobil']);
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('Meinten Sie „mobile“?');
  });
});

describe('widerspruch text', () => {
  it('returns the text with grounds and a note within the form limit', async () => {
    const { code, stdout } = await run([
      'text',
      'instagram',
      '--lang',
      'de',
      '--reason',
      'creative-work',
      '--reason',
      'children',
      '--note',
      'Ich zeige meine Kunst.',
      '--json',
    ]);
    expect(code).toBe(0);
    const text = JSON.parse(stdout);
    expect(text.text).toContain('Urheberrechte');
    expect(text.text).toContain('Kinder');
    expect(text.text.endsWith('Ich zeige meine Kunst.')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(text.limit.maxLength);
  });

  it('prints the plain text by default', async () => {
    const { code, stdout } = await run(['text', 'facebook', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'I hereby object to the processing of my data in connection with AI applications by Meta.\n',
    );
  });

  it('exits 2 with a clear message when the note is too long', async () => {
    const { code, stdout, stderr } = await run(['text', 'instagram', '--note', 'x'.repeat(5000)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/begrenzen wir ihn auf [\d.]+ Zeichen/);
    expect(stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('exits 2 with a suggestion for an unknown reason', async () => {
    const { code, stderr } = await run(['text', 'facebook', '--reason', 'childern']);
    expect(code).toBe(2);
    expect(stderr).toContain('Meinten Sie „children“?');
  });

  it('words refused objection texts in the chosen language', async () => {
    const ground = await run(['text', 'facebook', '--reason', 'childern', '--lang', 'fr']);
    expect(ground.code).toBe(2);
    expect(ground.stderr).toContain('Le motif « childern » n’existe pas. Vouliez-vous dire');
    const long = await run(['text', 'instagram', '--note', 'x'.repeat(5000), '--lang', 'pl']);
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/Tekst ma [\d\s]+ znaków/);
    expect(long.stderr).toContain('Należy skrócić notatkę');
  });

  it('lists the reasons', async () => {
    const { code, stdout } = await run(['text', '--list-reasons', '--lang', 'en', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).reasons).toContainEqual({
      id: 'creative-work',
      label: 'My own creative work and copyright',
    });
  });
});

describe('widerspruch platforms', () => {
  it('lists the Meta platforms as JSON', async () => {
    const { code, stdout } = await run(['platforms', '--json']);
    expect(code).toBe(0);
    const ids = JSON.parse(stdout).platforms.map((p: { id: string }) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining(['facebook', 'instagram', 'messenger', 'threads', 'whatsapp']),
    );
  });

  it('exits 2 for an unknown command', async () => {
    const { code, stderr } = await run(['platfroms']);
    expect(code).toBe(2);
    expect(stderr).toContain('platforms');
  });

  it('prints help with exit 0, in German or English', async () => {
    const de = await run(['--help']);
    expect(de.code).toBe(0);
    expect(de.stdout).toContain('Aufruf: widerspruch');
    expect(de.stdout).toContain('Befehle:');
    expect(de.stdout).toContain('wie Sie bei einer Plattform widersprechen');
    expect(de.stdout).not.toMatch(/display help|Usage:/);
    const group = await run(['case']);
    expect(group.stdout + group.stderr).toContain('Aufruf: widerspruch case');
    const sub = await run(['letter', '--help']);
    expect(sub.stdout).toContain('--case <id>          der Fall, um den es im Schreiben geht');
    const en = await run(['--help'], { LANG: 'en_GB.UTF-8' });
    expect(en.stdout).toContain('Usage: widerspruch');
    expect(en.stdout).toContain('how to object at a platform');
    expect((await run(['--help', '--lang', 'en'])).stdout).toContain('Usage: widerspruch');
  });

  it('has a text for every description of the help in every language', () => {
    const english = [...descriptions(buildProgram(fakeIo().io, 'en', []))].map((d) => d.text);
    expect(english.length).toBeGreaterThan(60);
    for (const locale of LOCALES) {
      const texts = [...descriptions(buildProgram(fakeIo().io, locale, []))].map((d) => d.text);
      // The same tree: one text for each English one, none empty, and (but in English) none
      // left in English.
      expect(texts, locale).toHaveLength(english.length);
      expect(
        texts.filter((text) => text.trim() === ''),
        locale,
      ).toEqual([]);
      if (locale !== 'en')
        expect(
          texts.filter((text, i) => text === english[i]),
          locale,
        ).toEqual([]);
    }
  });

  it.each([
    ['fr', 'Utilisation : widerspruch', 'Commandes :', "afficher l'aide de cette commande"],
    ['es', 'Uso: widerspruch', 'Comandos:', 'mostrar la ayuda de este comando'],
    ['it', 'Uso: widerspruch', 'Comandi:', 'mostrare la guida di questo comando'],
    ['nl', 'Gebruik: widerspruch', 'Opdrachten:', 'hulp bij deze opdracht tonen'],
    ['pl', 'Użycie: widerspruch', 'Polecenia:', 'wyświetlić pomoc do tego polecenia'],
  ])('prints the help in %s, with the words commander adds', async (lang, usage, titles, help) => {
    const r = await run(['--help', '--lang', lang]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(usage);
    expect(r.stdout).toContain(titles);
    expect(r.stdout).toContain(help);
    expect(r.stdout).not.toMatch(/Usage:|Commands:|display help|\(default: /);
  });
});

describe('widerspruch --help', () => {
  it('lists exactly the event and letter kinds the commands accept', async () => {
    const { LETTER_KINDS } = await import('@widerspruch/core');
    const { CLI_EVENT_KINDS } = await import('../src/commands/case-input.js');
    const { EVENT_KINDS_HELP, LETTER_KINDS_HELP } = await import('../src/help-lists.js');
    expect(EVENT_KINDS_HELP.split(', ')).toEqual([...CLI_EVENT_KINDS]);
    expect(LETTER_KINDS_HELP.split(', ')).toEqual([...LETTER_KINDS]);
  });
});
