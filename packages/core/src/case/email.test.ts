import type { Locale } from '@widerspruch/catalog';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { problemText } from '../problem/core-problem.js';
import type { Problem } from '../util/result.js';
import { emailDay, looksLikeMetaConfirmation, readEmail } from './email.js';
import { CaseEventSchema } from './model.js';

/** A problem in words (empty when there is none). */
const words = (p: Problem | undefined, locale: Locale): string =>
  p ? problemText(p.detail, locale) : '';

const encode = (text: string) => new TextEncoder().encode(text.replace(/\n/g, '\r\n'));

const meta = encode(`From: Facebook <notification@facebookmail.com>
Subject: =?UTF-8?B?V2lyIGhhYmVuIGRlaW5lbiBXaWRlcnNwcnVjaCBlcmhhbHRlbg==?=
Date: Wed, 11 Mar 2026 23:30:00 +0100
Content-Type: text/plain; charset=UTF-8

Dein Widerspruch gegen die Nutzung deiner Informationen für KI bei Meta: Grüße`);

describe('readEmail', () => {
  it('reads sender, encoded subject, date and text with umlauts', async () => {
    const result = await readEmail(meta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      from: 'Facebook <notification@facebookmail.com>',
      subject: 'Wir haben deinen Widerspruch erhalten',
    });
    expect(result.value.text).toContain('Grüße');
    expect(emailDay(result.value)).toBe('2026-03-11');
  });

  it('keeps header values within what a case event holds', async () => {
    const long = encode(`From: ${'x'.repeat(1500)} <a@example.org>
Subject: Test
Date: Wed, 11 Mar 2026 23:30:00 +0100 ${'(comment) '.repeat(30)}

Text`);
    const result = await readEmail(long);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { from, subject, date } = result.value;
    const event = {
      id: 'e',
      kind: 'evidence-added',
      at: '2026-03-12T09:00:00.000Z',
      evidence: {
        sha256: 'ab'.repeat(32),
        name: 'x.eml',
        mediaType: 'message/rfc822',
        size: long.length,
        email: { from, subject, date },
      },
    };
    expect(v.safeParse(CaseEventSchema, event).success).toBe(true);
  });

  it('refuses bytes that are not an e-mail, with advice', async () => {
    const result = await readEmail(new Uint8Array([0, 1, 2, 3, 255]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(words(result.problems[0], 'de')).toContain('.eml');
  });
});

describe('looksLikeMetaConfirmation', () => {
  it('recognises a Meta sender writing about an objection', async () => {
    const result = await readEmail(meta);
    expect(result.ok && looksLikeMetaConfirmation(result.value)).toBe(true);
  });

  it('ignores other senders and Meta mail about other things', () => {
    expect(
      looksLikeMetaConfirmation({
        from: 'x <a@facebookmail.com.evil.example>',
        subject: 'Widerspruch',
        text: '',
      }),
    ).toBe(false);
    expect(
      looksLikeMetaConfirmation({
        from: 'Shop <news@example.org>',
        subject: 'Widerspruch',
        text: '',
      }),
    ).toBe(false);
    expect(
      looksLikeMetaConfirmation({
        from: 'Instagram <security@mail.instagram.com>',
        subject: 'Neues Login',
        text: 'Jemand hat sich angemeldet.',
      }),
    ).toBe(false);
  });
});
