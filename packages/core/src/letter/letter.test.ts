import { type Authority, LOCALES, type Locale } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import PostalMime from 'postal-mime';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../case/model.js';
import { summarizeCase } from '../case/state.js';
import { loadObjectionTemplate } from '../objection/compose.js';
import { composeLetter } from './compose-letter.js';
import type { LetterContext } from './context.js';
import { LETTER_KINDS } from './model.js';
import { letterRefusal, recordedEvent } from './preconditions.js';
import { renderLetterEml } from './render-eml.js';
import { renderLetterMailto } from './render-mailto.js';
import { renderLetterText } from './render-text.js';

const catalog = bundledCatalog();
const platform = catalog.platforms.find((p) => p.id === 'instagram');
const controller = catalog.controllers.find((c) => c.id === 'meta-platforms-ireland');
if (!platform || !controller) throw new Error('catalog incomplete');

const authority: Authority = {
  id: 'de-hh-test',
  name: 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit',
  shortName: 'HmbBfDI',
  title: { de: 'Der Hamburgische Beauftragte (HmbBfDI)', en: 'Hamburg Commissioner (HmbBfDI)' },
  level: 'state',
  country: 'DE',
  region: 'HH',
  competence: { text: { de: 'x', en: 'x' }, sources: ['s'] },
  address: {
    lines: ['Ludwig-Erhard-Str 22, 7. OG'],
    postalCode: '20459',
    city: 'Hamburg',
    country: 'DE',
    sources: ['s'],
  },
  email: 'mailbox@datenschutz.hamburg.de',
  languages: ['de'],
  quality: 'sourced',
  verified: '2026-11-29',
  sources: [
    { id: 's', url: 'https://datenschutz-hamburg.de/', title: 'HmbBfDI', strength: 'strong' },
  ],
};

const aCase: Case = {
  id: 'c1',
  platform: 'instagram',
  account: 'anna@example.org',
  profile: 'p',
  createdAt: '2026-03-10T09:00:00.000Z',
  events: [
    { id: 'e1', kind: 'submitted', at: '2026-03-10T09:00:00.000Z', date: '2026-03-10' },
    {
      id: 'e2',
      kind: 'evidence-added',
      at: '2026-03-10T09:05:00.000Z',
      evidence: {
        sha256: 'ab'.repeat(32),
        name: 'formular.png',
        mediaType: 'image/png',
        size: 1000,
      },
    },
  ],
};

function context(overrides: Partial<LetterContext> = {}): LetterContext {
  return {
    locale: 'de',
    today: '2026-04-20',
    sender: {
      name: 'Anna Muster',
      address: ['Musterstraße 1', '20095 Hamburg'],
      email: 'anna@example.org',
    },
    case: aCase,
    summary: summarizeCase(aCase, '2026-04-20'),
    platform: platform as NonNullable<typeof platform>,
    controller: controller as NonNullable<typeof controller>,
    authority: { record: authority, reason: 'x' },
    ...overrides,
  };
}

// The letters' date line for the fixture's day (2026-04-20), as each language writes it.
const DATE_LINE: Record<Locale, string> = {
  de: '20. April 2026',
  en: '20 April 2026',
  fr: '20 avril 2026',
  es: '20 de abril de 2026',
  it: '20 aprile 2026',
  nl: '20 april 2026',
  pl: '20 kwietnia 2026 r.',
};

describe('letters', () => {
  // Objection texts other than German and English are loaded when first needed.
  beforeAll(() => Promise.all(LOCALES.map(loadObjectionTemplate)));

  it.each(
    LETTER_KINDS.flatMap((kind) =>
      (['de', 'en'] as const).map((locale) => [kind, locale] as const),
    ),
  )('the %s letter in %s matches its golden file', async (kind, locale) => {
    const letter = composeLetter(kind, context({ locale }));
    await expect(renderLetterText(letter)).toMatchFileSnapshot(
      `./__golden__/${kind}-${locale}.txt`,
    );
  });

  it.each(
    (['fr', 'es', 'it', 'nl', 'pl'] as const).flatMap((locale) =>
      (['objection', 'complaint'] as const).map((kind) => [kind, locale] as const),
    ),
  )('the %s letter in %s matches its golden file', async (kind, locale) => {
    const letter = composeLetter(kind, context({ locale }));
    await expect(renderLetterText(letter)).toMatchFileSnapshot(
      `./__golden__/${kind}-${locale}.txt`,
    );
  });

  /** How each language names the regulation in its citations. */
  const REGULATION: Readonly<Record<Locale, RegExp>> = {
    de: /Art\. 21 Abs\. 1 DSGVO/,
    en: /Art\. 21\(1\) GDPR/,
    fr: /article 21, paragraphe 1, du RGPD/,
    es: /artículo 21, apartado 1, del RGPD/,
    it: /articolo 21, paragrafo 1, del RGPD/,
    nl: /artikel 21, lid 1, AVG/,
    pl: /art\. 21 ust\. 1 RODO/,
  };
  const OTHER_REGULATIONS = /\b(DSGVO|GDPR|RGPD|AVG|RODO)\b/g;

  it.each(LETTER_KINDS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as const)))(
    'the %s letter in %s is complete, in its own language, with no placeholder left',
    (kind, locale) => {
      // A case with every timeline entry: an extension, answers of each kind, a note.
      const full: Case = {
        ...aCase,
        events: [
          ...aCase.events,
          {
            id: 'x1',
            kind: 'deadline-extended',
            at: '2026-03-20T09:00:00.000Z',
            date: '2026-05-10',
          },
          {
            id: 'x2',
            kind: 'reply-received',
            at: '2026-03-21T09:00:00.000Z',
            reply: 'asks-for-id',
          },
          { id: 'x3', kind: 'note', at: '2026-03-22T09:00:00.000Z', note: 'n' },
        ],
      };
      const letter = composeLetter(
        kind,
        context({
          locale,
          case: full,
          summary: summarizeCase(full, '2026-04-20'),
          grounds: ['children'],
          leadAuthority: { ...authority, id: 'ie-dpc', title: { de: 'DPC', en: 'DPC' } },
        }),
      );
      const text = renderLetterText(letter);
      expect(text).not.toMatch(/\$\{|undefined|\[object|NaN|\{\w+\}/);
      expect(
        letter.body.every((b) =>
          (b.kind === 'list' ? b.items : [b.kind === 'table' ? b.head.join('') : b.text]).every(
            (x) => x.trim() !== '',
          ),
        ),
      ).toBe(true);
      // The date line, written out in the letter's language and its typography.
      expect(text).toContain(`\n\n${DATE_LINE[locale]}\n\n`);
      // Every citation names the regulation as this language does, and no other language's.
      // (The dossier quotes the case model's deadline rule, worded in German and English
      // only so far.)
      const own = REGULATION[locale].source.split(' ').at(-1) ?? '';
      expect(text).toMatch(new RegExp(`\\b${own}\\b`));
      if (kind === 'objection') expect(text).toMatch(REGULATION[locale]);
      const names = new Set(
        [...text.replace(/https:\S+/g, '').matchAll(OTHER_REGULATIONS)].map((m) => m[1]),
      );
      if (kind !== 'dossier') expect([...names].filter((n) => n !== own)).toEqual([]);
    },
  );

  it('a reminder encloses the objection only when it was a letter, else the evidence kept', () => {
    const byForm = composeLetter('reminder', context());
    expect(byForm.enclosures).toEqual(['formular.png']);
    const letterCase: Case = {
      ...aCase,
      events: aCase.events.map((e) => (e.kind === 'submitted' ? { ...e, via: 'letter' } : e)),
    };
    const byLetter = composeLetter('reminder', context({ case: letterCase }));
    expect(byLetter.enclosures).toEqual(['Mein Widerspruch vom 10. März 2026']);
  });

  it('a complaint names the lead authority with its article', () => {
    const lead = catalog.authorities.find((a) => a.id === 'ie-dpc');
    const text = renderLetterText(
      composeLetter('complaint', context(lead ? { leadAuthority: lead } : {})),
    );
    expect(text).toContain(
      'federführend ist voraussichtlich die Aufsichtsbehörde Data Protection Commission (DPC), Irland',
    );
  });

  it('a complaint names the authority, the controller, the dates and the evidence', () => {
    const text = renderLetterText(composeLetter('complaint', context()));
    expect(text).toContain('Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit');
    expect(text).toContain('Meta Platforms Ireland Limited');
    expect(text).toContain('10. März 2026');
    expect(text).toContain('10. April 2026');
    expect(text).toContain('ab'.repeat(32));
    expect(text).toContain('Art. 77 DSGVO');
  });

  it('keeps CR/LF in names and notes out of e-mail headers', async () => {
    const hostile = context({
      sender: {
        name: 'Eve\r\nBcc: victim@example.org',
        address: ['x'],
        email: 'eve@example.org\r\nX-Evil: 1',
      },
      case: { ...aCase, account: 'a\r\nSubject: injected' },
      note: 'Zeile 1\r\nZeile 2 שלום 👋',
      grounds: ['children'],
    });
    const eml = renderLetterEml(
      composeLetter('objection', hostile),
      new Date('2026-04-20T10:00:00Z'),
    );
    const header = eml.slice(0, eml.indexOf('\r\n\r\n'));
    expect(header).not.toMatch(/^Bcc:/im);
    expect(header).not.toMatch(/^X-Evil:/im);
    expect(header.match(/^Subject:/gim)).toHaveLength(1);
    const parsed = await PostalMime.parse(eml);
    expect(parsed.subject).toContain('a Subject: injected');
    expect(parsed.text).toContain('שלום 👋');
    expect(parsed.headers.filter((h) => h.key === 'x-evil')).toHaveLength(0);
    expect(eml).toContain('Content-Transfer-Encoding: base64');
    expect(parsed.text).toContain('Gründe, die sich aus meiner besonderen Situation ergeben');
  });

  it('makes a mailto link only when there is an address and it fits', () => {
    const complaint = composeLetter('complaint', context());
    const link = renderLetterMailto(complaint);
    expect(link).toMatch(
      /^mailto:mailbox@datenschutz\.hamburg\.de\?subject=Beschwerde%20gem%C3%A4%C3%9F/,
    );
    expect(decodeURIComponent(link?.split('body=')[1] ?? '')).toContain('\r\n');
    expect(renderLetterMailto(composeLetter('objection', context()))).toBeUndefined();
  });

  it('refuses to write a complaint without an authority', () => {
    const { authority: _, ...rest } = context();
    expect(() => composeLetter('complaint', rest)).toThrow();
  });

  it('refuses letters that would state false facts, by case state', () => {
    const at = '2026-03-10T09:00:00.000Z';
    const draft: Case = { ...aCase, events: [] };
    const sent = (date: string, ...more: Case['events']): Case => ({
      ...aCase,
      events: [{ id: 's', kind: 'submitted', at, date }, ...more],
    });
    const refusal = (kind: Parameters<typeof letterRefusal>[0], c: Case) =>
      letterRefusal(kind, c, '2026-04-20')?.id;
    for (const kind of ['reminder', 'complaint', 'erasure'] as const)
      expect(refusal(kind, draft)).toBe('not-sent');
    expect(refusal('objection', draft)).toBeUndefined();
    expect(refusal('dossier', draft)).toBeUndefined();
    const waiting = sent('2026-04-01');
    expect(letterRefusal('reminder', waiting, '2026-04-20')).toMatchObject({
      id: 'not-due',
      due: '2026-05-01',
    });
    expect(refusal('complaint', waiting)).toBe('not-due');
    expect(refusal('reminder', sent('2026-03-10'))).toBeUndefined();
    const rejected = sent('2026-04-01', {
      id: 'r',
      kind: 'reply-received',
      reply: 'rejected',
      at,
      date: '2026-04-10',
    });
    expect(refusal('complaint', rejected)).toBeUndefined();
    expect(refusal('reminder', rejected)).toBe('answered');
    const confirmed = sent('2026-03-01', {
      id: 'c',
      kind: 'confirmation-received',
      at,
      date: '2026-03-05',
    });
    expect(refusal('complaint', confirmed)).toBe('confirmed');
    // Recording an objection again keeps the sending date of a sent case.
    expect(recordedEvent('objection', draft, '2026-04-20')).toBe('submitted');
    expect(recordedEvent('objection', waiting, '2026-04-20')).toBeUndefined();
    expect(recordedEvent('reminder', waiting, '2026-04-20')).toBe('reminder-sent');
  });

  it('a complaint written again after it was filed still says what led to it', () => {
    const at = '2026-03-10T09:00:00.000Z';
    const c: Case = {
      ...aCase,
      events: [
        ...aCase.events,
        { id: 'r', kind: 'reply-received', reply: 'rejected', at, date: '2026-03-20' },
        { id: 'f', kind: 'complaint-filed', at, date: '2026-04-01' },
      ],
    };
    expect(letterRefusal('complaint', c, '2026-04-20')).toBeUndefined();
    const text = renderLetterText(
      composeLetter('complaint', context({ case: c, summary: summarizeCase(c, '2026-04-20') })),
    );
    expect(text).toContain('hat meinen Widerspruch abgelehnt');
    expect(text).not.toContain('bis heute nicht geantwortet');
  });

  it('records a letter after a web form without confirmation as a new sending: its month runs', () => {
    const form: Case = {
      ...aCase,
      events: [
        {
          id: 's',
          kind: 'submitted',
          at: '2026-04-01T09:00:00.000Z',
          date: '2026-04-01',
          via: 'web-form',
        },
      ],
    };
    expect(summarizeCase(form, '2026-04-05').state).toBe('no-confirmation');
    // The situation offers the objection letter; sent, it is what the tracker follows.
    expect(recordedEvent('objection', form, '2026-04-05')).toBe('submitted');
    expect(recordedEvent('objection', form, '2026-04-01')).toBe('submitted');
    const letter: Case = {
      ...form,
      events: [
        ...form.events,
        {
          id: 'l',
          kind: 'submitted',
          at: '2026-04-05T09:00:00.000Z',
          date: '2026-04-05',
          via: 'letter',
        },
      ],
    };
    expect(summarizeCase(letter, '2026-05-06')).toMatchObject({ state: 'overdue' });
    expect(letterRefusal('reminder', letter, '2026-05-06')).toBeUndefined();
  });

  it('answers a request for proof of identity with the objection and the details already held', () => {
    const c: Case = {
      ...aCase,
      events: [
        ...aCase.events,
        {
          id: 'r',
          kind: 'reply-received',
          reply: 'asks-for-id',
          at: '2026-03-20T09:00:00.000Z',
          date: '2026-03-20',
        },
      ],
    };
    const summary = summarizeCase(c, '2026-04-20');
    expect(summary).toMatchObject({ state: 'asks-for-id', next: 'answer-id-request' });
    const objection = renderLetterText(composeLetter('objection', context({ case: c, summary })));
    expect(objection).toContain(
      'Mit Ihrer Antwort vom 20. März 2026 haben Sie einen Nachweis meiner Identität verlangt.',
    );
    expect(objection).toContain('mein Konto bei Instagram (anna@example.org)');
    expect(objection).toContain('(Art. 12 Abs. 6 DSGVO)');
    // Sending it starts a new deadline, like an objection with grounds.
    expect(recordedEvent('objection', c, '2026-04-20')).toBe('submitted');
    // Without such a reply, the objection letter has no such paragraph.
    expect(renderLetterText(composeLetter('objection', context()))).not.toContain('Identität');
    // A reminder does not fit; a complaint does, and says what happened.
    expect(letterRefusal('reminder', c, '2026-04-20')?.id).toBe('asks-for-id');
    expect(letterRefusal('complaint', c, '2026-04-20')).toBeUndefined();
    const complaint = renderLetterText(composeLetter('complaint', context({ case: c, summary })));
    expect(complaint).toContain('von einem Identitätsnachweis abhängig');
  });
});
