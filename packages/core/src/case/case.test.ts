import type { Locale } from '@widerspruch/catalog';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemText } from '../problem/core-problem.js';
import type { Problem } from '../util/result.js';
import { sha256Hex } from './evidence.js';
import { parseExport, serializeExport } from './export-file.js';
import { mergeCase, mergeCaseLists } from './merge.js';
import type { Case, CaseEvent } from './model.js';
import { submittedOn } from './state.js';
import { confirmedOn } from './status.js';

/** A problem in words (empty when there is none). */
const words = (p: Problem | undefined, locale: Locale): string =>
  p ? problemText(p.detail, locale) : '';

const base: Case = {
  id: 'case-1',
  platform: 'instagram',
  account: 'a@example.org',
  profile: 'me',
  createdAt: '2026-03-10T09:00:00.000Z',
  events: [],
};

function event(id: string, kind: CaseEvent['kind'], at: string, date?: string): CaseEvent {
  return date === undefined ? { id, kind, at } : { id, kind, at, date };
}

const eventArb = fc.record({
  id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6'),
  kind: fc.constantFrom('drafted', 'submitted', 'confirmation-received', 'note', 'closed' as const),
  at: fc
    .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) })
    .map((t) => new Date(t).toISOString()),
});
const caseArb = fc.array(eventArb, { maxLength: 6 }).map((events) => ({ ...base, events }) as Case);

describe('submitted on and confirmed on', () => {
  it('are the days of the events, the last submission counting', () => {
    expect(submittedOn(base)).toBeUndefined();
    const submitted = {
      ...base,
      events: [event('a', 'submitted', '2026-03-10T09:01:00Z', '2026-03-09')],
    };
    expect(submittedOn(submitted)).toBe('2026-03-09');
    const confirmed = {
      ...submitted,
      events: [...submitted.events, event('b', 'confirmation-received', '2026-03-11T10:00:00Z')],
    };
    expect(confirmedOn(confirmed)).toBe('2026-03-11');
    const again = {
      ...confirmed,
      events: [...confirmed.events, event('c', 'submitted', '2026-05-02T10:00:00Z')],
    };
    expect(submittedOn(again)).toBe('2026-05-02');
    // The confirmation of the earlier sending does not confirm the new one.
    expect(confirmedOn(again)).toBeUndefined();
    const reconfirmed = {
      ...again,
      events: [...again.events, event('d', 'confirmation-received', '2026-05-03T08:00:00Z')],
    };
    expect(confirmedOn(reconfirmed)).toBe('2026-05-03');
  });
});

describe('mergeCase', () => {
  it('is idempotent, commutative and associative', () => {
    fc.assert(
      fc.property(caseArb, caseArb, caseArb, (a, b, c) => {
        const ab = mergeCase(a, b);
        expect(mergeCase(ab, ab)).toEqual(ab);
        expect(mergeCase(a, b)).toEqual(mergeCase(b, a));
        expect(mergeCase(mergeCase(a, b), c)).toEqual(mergeCase(a, mergeCase(b, c)));
      }),
    );
  });

  it('keeps every event of both copies exactly once', () => {
    fc.assert(
      fc.property(caseArb, caseArb, (a, b) => {
        const ids = new Set([...a.events, ...b.events].map((e) => e.id));
        expect(
          mergeCase(a, b)
            .events.map((e) => e.id)
            .sort(),
        ).toEqual([...ids].sort());
      }),
    );
  });

  it('merges lists of cases by id', () => {
    const other = { ...base, id: 'case-2' };
    const withEvent = { ...base, events: [event('x', 'submitted', '2026-03-10T09:00:00Z')] };
    expect(mergeCaseLists([base, other], [withEvent]).map((c) => [c.id, c.events.length])).toEqual([
      ['case-1', 1],
      ['case-2', 0],
    ]);
  });
});

describe('export file', () => {
  const data = {
    profiles: [{ id: 'me', name: 'Ich', createdAt: '2026-03-10T09:00:00.000Z' }],
    cases: [
      {
        ...base,
        events: [
          event('a', 'submitted', '2026-03-10T09:01:00.000Z'),
          {
            ...event('n', 'note', '2026-03-12T10:00:00.000Z'),
            note: 'Grüße 👋 <b>nicht fett</b>\r\nzweite Zeile',
          },
        ],
      },
    ],
  };

  it('round-trips without loss, evidence included', async () => {
    const bytes = new TextEncoder().encode('From: x@example.org\r\nSubject: Grüße\r\n\r\nHallo');
    const evidence = [
      { sha256: await sha256Hex(bytes), name: 'mail.eml', mediaType: 'message/rfc822', bytes },
    ];
    const withEvent = { ...data, cases: [withEvidence(data.cases[0], evidence[0])] };
    const text = serializeExport({ ...withEvent, evidence }, '2026-03-12T10:00:00.000Z');
    expect(await parseExport(text, ['instagram'])).toEqual({
      ok: true,
      value: { ...withEvent, evidence, unusedEvidence: [] },
    });
  });

  it('leaves out evidence no case refers to, and names it', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const evidence = [
      { sha256: await sha256Hex(bytes), name: 'orphan.png', mediaType: 'image/png', bytes },
    ];
    const text = serializeExport({ ...data, evidence }, '2026-03-12T10:00:00.000Z');
    expect(await parseExport(text, ['instagram'])).toEqual({
      ok: true,
      value: { ...data, evidence: [], unusedEvidence: ['orphan.png'] },
    });
  });

  it('refuses an evidence event whose file is not in the backup', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const blob = {
      sha256: await sha256Hex(bytes),
      name: 'gone.png',
      mediaType: 'image/png',
      bytes,
    };
    const text = serializeExport(
      { ...data, cases: [withEvidence(data.cases[0], blob)] },
      '2026-03-12T10:00:00.000Z',
    );
    const result = await parseExport(text, ['instagram']);
    expect(!result.ok && result.problems[0]?.code).toBe('missing-evidence');
    expect(!result.ok && words(result.problems[0], 'en')).toContain('gone.png');
  });

  it('refuses evidence whose content does not match its checksum', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const evidence = [{ sha256: 'a'.repeat(64), name: 'x.png', mediaType: 'image/png', bytes }];
    const result = await parseExport(
      serializeExport(
        { ...data, cases: [withEvidence(data.cases[0], evidence[0])], evidence },
        '2026-03-12T10:00:00.000Z',
      ),
      ['instagram'],
    );
    expect(!result.ok && result.problems[0]?.code).toBe('damaged-evidence');
  });

  it.each([
    ['not JSON', '{"format": ', 'invalid-json'],
    ['another program', '{"format":"other","version":1}', 'not-an-export'],
    ['a newer version', '{"format":"widerspruch","version":2,"cases":[]}', 'newer-version'],
    ['an unknown version', '{"format":"widerspruch","version":"1"}', 'unknown-version'],
    [
      'a damaged file',
      '{"format":"widerspruch","version":1,"exportedAt":"2026-03-12T10:00:00.000Z","profiles":[],"cases":[{"id":1}]}',
      'invalid',
    ],
  ])('refuses %s', async (_name, text, code) => {
    const result = await parseExport(text, ['instagram']);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.code).toBe(code);
      expect(words(result.problems[0], 'de').length).toBeGreaterThan(20);
    }
  });

  it.each([' ', '\t\n', ' anna@example.org'])(
    'refuses an account %j the apps would have stored trimmed, naming the case',
    async (account) => {
      const c = { ...data.cases[0], account } as Case;
      const text = serializeExport({ ...data, cases: [c] }, '2026-03-12T10:00:00.000Z');
      const result = await parseExport(text, ['instagram']);
      expect(!result.ok && result.problems[0]?.code).toBe('invalid');
      expect(!result.ok && words(result.problems[0], 'en')).toContain(
        `cases.0.account (id ${c.id}) is blank or begins or ends with spaces`,
      );
    },
  );

  it.each([
    ['2099-01-01', 'future-date'],
    ['1900-01-01', 'invalid'],
    ['2026-02-30', 'invalid'],
    ['9999-12-31', 'invalid'],
  ])('refuses an event on %s as the CLI refuses it on input (%s)', async (date, code) => {
    const c = { ...base, events: [event('s', 'submitted', '2026-03-10T09:01:00.000Z', date)] };
    const text = serializeExport({ ...data, cases: [c] }, '2026-03-12T10:00:00.000Z');
    const result = await parseExport(text, ['instagram'], '2026-03-12');
    expect(!result.ok && result.problems[0]?.code).toBe(code);
  });

  it('refuses evidence over 25 MB, as named by its event and as carried in the file', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const blob = { sha256: await sha256Hex(bytes), name: 'big.png', mediaType: 'image/png', bytes };
    const c = withEvidence(data.cases[0], blob);
    const big = {
      ...c,
      events: c.events.map((e) =>
        e.evidence ? { ...e, evidence: { ...e.evidence, size: 140 * 1024 * 1024 } } : e,
      ),
    };
    const named = serializeExport(
      { ...data, cases: [big], evidence: [blob] },
      '2026-03-12T10:00:00.000Z',
    );
    const refused = await parseExport(named, ['instagram']);
    expect(!refused.ok && words(refused.problems[0], 'en')).toContain('is larger than 25 MB');
    const file = JSON.parse(
      serializeExport({ ...data, cases: [c], evidence: [blob] }, '2026-03-12T10:00:00.000Z'),
    );
    file.evidence[0].base64 = 'A'.repeat(36 * 1024 * 1024);
    const carried = await parseExport(JSON.stringify(file), ['instagram']);
    expect(!carried.ok && words(carried.problems[0], 'en')).toContain(
      'evidence.0.base64 is larger than 25 MB',
    );
  });

  it('keeps an empty account, as the web app records a case whose account was left out', async () => {
    const c = { ...data.cases[0], account: '' } as Case;
    const text = serializeExport({ ...data, cases: [c] }, '2026-03-12T10:00:00.000Z');
    const result = await parseExport(text, ['instagram']);
    expect(result.ok && result.value.cases[0]?.account).toBe('');
  });

  it('refuses unknown platforms and cases without their profile', async () => {
    const text = serializeExport(data, '2026-03-12T10:00:00.000Z');
    const unknown = await parseExport(text, ['facebook']);
    expect(!unknown.ok && unknown.problems[0]?.code).toBe('unknown-platform');
    const orphan = await parseExport(
      serializeExport({ ...data, profiles: [] }, '2026-03-12T10:00:00.000Z'),
      ['instagram'],
    );
    expect(!orphan.ok && orphan.problems[0]?.code).toBe('unknown-profile');
  });
});

/** A case with an evidence-added event for `blob`. */
function withEvidence(
  c: Case | undefined,
  blob: { sha256: string; name: string; mediaType: string; bytes: Uint8Array } | undefined,
): Case {
  if (c === undefined || blob === undefined) throw new Error('test set-up');
  const { sha256, name, mediaType } = blob;
  const added: CaseEvent = {
    id: 'ev',
    kind: 'evidence-added',
    at: '2026-03-12T11:00:00.000Z',
    evidence: { sha256, name, mediaType, size: blob.bytes.length },
  };
  return { ...c, events: [...c.events, added] };
}
