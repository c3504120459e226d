import { findAuthority } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import { complaintRoute } from '../authority/complaint-route.js';
import { findAuthorities } from '../authority/find.js';
import type { Case } from '../case/model.js';
import { summarizeCase } from '../case/state.js';
import { letterObstacle } from './availability.js';
import { composeLetter } from './compose-letter.js';
import type { LetterContext } from './context.js';
import { letterNoteText } from './notes/index.js';
import { letterRefusal } from './preconditions.js';
import { renderLetterText } from './render-text.js';

// Letters on both sides of 2 April 2027, when Regulation (EU) 2025/2518 starts to apply.
const BEFORE = '2027-04-01';
const FROM = '2027-04-02';

const catalog = bundledCatalog();
const platform = catalog.platforms.find((p) => p.id === 'facebook');
const controller = catalog.controllers.find((c) => c.id === 'meta-platforms-ireland');
const hamburg = findAuthority(catalog, 'de-hh-hmbbfdi');
const dpc = findAuthority(catalog, 'ie-dpc');
if (!platform || !controller || !hamburg || !dpc) throw new Error('catalog incomplete');

const sent: Case = {
  id: 'c1',
  platform: 'facebook',
  account: 'anna@example.org',
  profile: 'p',
  createdAt: '2027-01-10T09:00:00.000Z',
  events: [{ id: 'e1', kind: 'submitted', at: '2027-01-10T09:00:00.000Z', date: '2027-01-10' }],
};
const withEvidence: Case = {
  ...sent,
  events: [
    ...sent.events,
    {
      id: 'e2',
      kind: 'evidence-added',
      at: '2027-01-10T09:05:00.000Z',
      evidence: {
        sha256: 'cd'.repeat(32),
        name: 'bestaetigung.png',
        mediaType: 'image/png',
        size: 2000,
      },
    },
  ],
};
const draft: Case = { ...sent, events: [] };

function complaint(c: Case, today: string, locale: 'de' | 'en' = 'de'): string {
  const ctx: LetterContext = {
    locale,
    today,
    sender: { name: 'Anna Muster', address: ['Musterstraße 1', '20095 Hamburg'] },
    case: c,
    summary: summarizeCase(c, today),
    platform: platform as NonNullable<typeof platform>,
    controller: controller as NonNullable<typeof controller>,
    authority: { record: hamburg as NonNullable<typeof hamburg>, reason: 'x' },
    leadAuthority: dpc as NonNullable<typeof dpc>,
  };
  return renderLetterText(composeLetter('complaint', ctx));
}

describe('complaints and the GDPR Procedural Regulation (from 2 April 2027)', () => {
  it('before the date, the complaint letter stays as it was', () => {
    const text = complaint(withEvidence, BEFORE);
    expect(text).not.toContain('2025/2518');
    expect(text).toContain('Am 10. Januar 2027 habe ich');
  });

  it('from the date, it states the objection sent first, with its date and evidence', async () => {
    const de = complaint(withEvidence, FROM);
    expect(de).toContain(
      'Bevor ich mich beschwere, habe ich mein Recht beim Verantwortlichen geltend gemacht (Verordnung (EU) 2025/2518): Mein Widerspruch ging am 10. Januar 2027 an Meta.',
    );
    expect(de).toContain('Als Nachweis liegen die unten aufgeführten Unterlagen bei.');
    expect(de).toContain('bestaetigung.png');
    await expect(de).toMatchFileSnapshot('./__golden__/complaint-2027-de.txt');
    const en = complaint(withEvidence, FROM, 'en');
    expect(en).toContain('I sent my objection to Meta on 10 January 2027.');
    await expect(en).toMatchFileSnapshot('./__golden__/complaint-2027-en.txt');
  });

  it('from the date, without evidence it says so instead of claiming any', () => {
    const text = complaint(sent, FROM);
    expect(text).toContain('Ein Nachweis des Unternehmens liegt mir nicht vor');
    expect(text).not.toContain('Als Nachweis liegen');
  });

  it('asks the receiving authority to transmit to the lead authority only from the date', () => {
    expect(complaint(sent, BEFORE)).toContain('entsprechend weiterzuleiten');
    expect(complaint(sent, FROM)).toContain(
      'nach der Verordnung (EU) 2025/2518 an sie weiterzuleiten',
    );
  });

  it('refuses a complaint without a recorded objection, with the new reason from the date', () => {
    expect(letterObstacle('complaint', draft, BEFORE)?.id).toBe('not-sent');
    expect(letterObstacle('complaint', draft, FROM)?.id).toBe('no-prior-request');
    const refusal = letterRefusal('complaint', draft, FROM);
    expect(refusal?.code).toBe('no-prior-request');
    expect(letterNoteText(refusal ?? { code: 'closed' }, 'de')).toContain(
      'Verordnung (EU) 2025/2518',
    );
    // Other letters keep their reason; a sent objection is no obstacle on either side.
    expect(letterObstacle('reminder', draft, FROM)?.id).toBe('not-sent');
    expect(letterObstacle('complaint', sent, FROM)).toBeUndefined();
    expect(letterObstacle('complaint', sent, BEFORE)).toBeUndefined();
  });

  it('the complaint route asks for the evidence only from the date', () => {
    const authority = hamburg as NonNullable<typeof hamburg>;
    expect(complaintRoute(authority, { today: BEFORE }).priorRequest).toBeUndefined();
    expect(complaintRoute(authority).priorRequest).toBeUndefined();
    const note = complaintRoute(authority, { today: FROM }).priorRequest;
    expect(note && letterNoteText(note, 'de')).toContain('Nachweise');
  });

  it('the authority finder explains the transmission to the lead authority only from the date', () => {
    const meta = controller as NonNullable<typeof controller>;
    const residence = { country: 'DE', region: 'HH' };
    const before = findAuthorities(catalog, meta, residence, { today: BEFORE });
    const from = findAuthorities(catalog, meta, residence, { today: FROM });
    expect(before.recommended?.reason.de).not.toContain('2025/2518');
    expect(from.recommended?.authority.id).toBe('de-hh-hmbbfdi');
    expect(from.recommended?.reason.de).toContain(
      'binnen sechs Wochen an die federführende Behörde (DPC) weiter',
    );
    expect(from.recommended?.reason.en).toContain('within six weeks');
    // The lead authority itself forwards nothing.
    const lead = from.choices.find((c) => c.role === 'lead');
    expect(lead?.reason.de).not.toContain('2025/2518');
    expect(findAuthorities(catalog, meta, residence).recommended?.reason.de).not.toContain(
      '2025/2518',
    );
  });
});

describe('access request (CJEU C-526/24)', () => {
  it('states its purpose and reads as no claim for damages', () => {
    for (const locale of ['de', 'en'] as const) {
      const ctx: LetterContext = {
        locale,
        today: '2026-12-06',
        sender: { name: 'Anna Muster', address: ['Musterstraße 1'] },
        case: sent,
        summary: summarizeCase(sent, '2026-12-06'),
        platform: platform as NonNullable<typeof platform>,
        controller: controller as NonNullable<typeof controller>,
      };
      const text = renderLetterText(composeLetter('access', ctx));
      expect(text).toContain(
        locale === 'de'
          ? 'ob und welche meiner Daten in das Training Ihrer KI-Modelle eingeflossen sind'
          : 'whether and which of my data went into the training of your AI models',
      );
      expect(text).not.toMatch(
        /Schadensersatz|Schmerzensgeld|Entschädigung|damages|compensation|Art\. 82/i,
      );
    }
  });
});
