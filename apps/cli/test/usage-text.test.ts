import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { usageText } from '../src/usage-text.js';
import { fakeIo } from './fake-io.js';

async function run(args: string[], LANG = 'de_DE.UTF-8') {
  const f = fakeIo({ env: { LANG } });
  const code = await runCli(args, f.io);
  return { code, stderr: f.stderr() };
}

describe('usage errors in the person language', () => {
  it.each([
    [
      ['guide'],
      'widerspruch: Es fehlt eine Angabe: <platform>.\nHilfe: widerspruch guide --help\n',
    ],
    [
      ['gide'],
      'widerspruch: Den Befehl „gide“ gibt es nicht. Meinten Sie „guide“?\nHilfe: widerspruch --help\n',
    ],
    [
      ['scan', '--foo', 'x'],
      'widerspruch: Die Option „--foo“ gibt es hier nicht.\nHilfe: widerspruch scan --help\n',
    ],
    [
      ['letter', 'objection'],
      'widerspruch: Die Option „--case <id>“ ist nötig.\nHilfe: widerspruch letter --help\n',
    ],
    [
      ['case', 'event'],
      'widerspruch: Es fehlt eine Angabe: <id>.\nHilfe: widerspruch case event --help\n',
    ],
    [
      ['platforms', 'x'],
      'widerspruch: Zu viele Angaben: 0 erwartet, 1 erhalten.\nHilfe: widerspruch platforms --help\n',
    ],
  ])('widerspruch %j', async (args, expected) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(expected);
  });

  it('answers in English with LANG=en or --lang en', async () => {
    expect((await run(['case', 'event', 'x'], 'en_GB.UTF-8')).stderr).toBe(
      'widerspruch: A value is missing: <kind>.\nHelp: widerspruch case event --help\n',
    );
    expect((await run(['guide', 'facebook', '--lang', 'en', '--device'])).stderr).toContain(
      'widerspruch: "--device <device>" needs a value.',
    );
  });

  it('offers several suggestions as a list', async () => {
    const r = await run(['letter', 'reminder', '--case', 'x', '--nate', 'y']);
    expect(r.stderr).toBe(
      'widerspruch: Die Option „--nate“ gibt es hier nicht. Meinten Sie: --name, --note?\nHilfe: widerspruch letter --help\n',
    );
  });

  it('passes unknown wording through without "error: "', () => {
    expect(usageText('error: something new\n', 'de')).toBe(
      'widerspruch: something new\nHilfe: widerspruch --help\n',
    );
  });
});
